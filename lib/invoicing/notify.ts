import "server-only";
import { usersWithPermission } from "@/lib/auth/holders";
import type { Tx } from "@/lib/db/scope";
import { toDecimalString } from "@/lib/money";
import type { TenantEventType } from "@/lib/notify/events";
import { publishEvent } from "@/lib/notify/publish";

/**
 * Who hears about a partner's invoices: its users who read them (`ownInvoices.read`); an
 * overdue invoice also reaches its rep (the channel manager while that seat reads invoices).
 */

export type TenantNames = { slug: string; name: string };

export const invoiceLink = (tenant: TenantNames, side: "vendor" | "partner", id: string) =>
  `/${tenant.slug}/${side === "vendor" ? "admin" : "portal"}/invoices/${id}`;

export const amountText = (minor: bigint, currency: string) => `${toDecimalString(minor, currency)} ${currency}`;

/** The partner's users who follow its invoices. Called in a vendor or system scope. */
export const unsafeInvoiceReadersOf = (tx: Tx, tenantId: string, partnerId: string) =>
  usersWithPermission(tx, { tenantId, partnerId }, "ownInvoices.read");

/** The partner's rep, when that seat is active and reads invoices. */
export async function unsafeRepOf(tx: Tx, tenantId: string, partnerId: string): Promise<string[]> {
  const partner = await tx.partner.findUnique({
    where: { tenantId_id: { tenantId, id: partnerId } },
    select: { channelManager: { select: { userId: true, status: true, role: true } } },
  });
  const manager = partner?.channelManager;
  if (manager?.status !== "ACTIVE") return [];
  const readers = await usersWithPermission(tx, { tenantId }, "invoices.read");
  return readers.includes(manager.userId) ? [manager.userId] : [];
}

/** Publishes one invoicing event to `userIds` (nothing when there is nobody to tell). */
export async function publishInvoiceEvent(
  tx: Tx,
  input: { tenantId: string; type: TenantEventType; userIds: readonly string[]; link: string; params: Record<string, string> },
): Promise<void> {
  const userIds = [...new Set(input.userIds)];
  if (!userIds.length) return;
  await publishEvent(tx, {
    tenantId: input.tenantId,
    type: input.type,
    payload: { recipients: userIds.map((userId) => ({ userId })), link: input.link, params: input.params },
  });
}
