import "server-only";
import { usersWithPermission } from "@/lib/auth/holders";
import { vendorCan } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/scope";
import { toDecimalString } from "@/lib/money";
import type { TenantEventType } from "@/lib/notify/events";
import { publishEvent } from "@/lib/notify/publish";
import { APPROVER_PERMISSIONS, type ApproverPermission } from "./schema";

/**
 * Who hears about an order, and where the message leads. Approvers are the partner's
 * channel manager when that seat may approve orders, else every holder of the rule's
 * approver permission; the rep is the channel manager (who reads orders); the partner's
 * users are its `ownOrders.read` holders; credit holds also go to `orders.credit`
 * holders (finance). Called in a vendor or system scope (seats are the vendor's to read).
 */

export type TenantNames = { slug: string; name: string };

export const orderLink = (tenant: TenantNames, side: "vendor" | "partner", id: string) =>
  `/${tenant.slug}/${side === "vendor" ? "admin" : "portal"}/orders/${id}`;

/** "SO-000042"; a draft has no number yet. */
export { orderNumberText } from "./schema";

export const amountText = (minor: bigint, currency: string) => `${toDecimalString(minor, currency)} ${currency}`;

async function channelManagerOf(tx: Tx, tenantId: string, partnerId: string) {
  const partner = await tx.partner.findUnique({
    where: { tenantId_id: { tenantId, id: partnerId } },
    select: { channelManager: { select: { userId: true, status: true, role: true } } },
  });
  const manager = partner?.channelManager;
  return manager?.status === "ACTIVE" ? manager : null;
}

/** Approvers of a partner's order needing `permission`. */
export async function unsafeApproversOf(tx: Tx, tenantId: string, partnerId: string, permission: string): Promise<string[]> {
  const needed = (APPROVER_PERMISSIONS as readonly string[]).includes(permission) ? (permission as ApproverPermission) : "orders.approve";
  const manager = await channelManagerOf(tx, tenantId, partnerId);
  if (manager && vendorCan(manager.role, needed)) return [manager.userId];
  return usersWithPermission(tx, { tenantId }, needed);
}

/** The partner's users who follow its orders, and its rep. */
export async function unsafeFollowersOf(tx: Tx, tenantId: string, partnerId: string): Promise<string[]> {
  const users = await usersWithPermission(tx, { tenantId, partnerId }, "ownOrders.read");
  const manager = await channelManagerOf(tx, tenantId, partnerId);
  return manager && vendorCan(manager.role, "orders.read") ? [...users, manager.userId] : users;
}

/** Finance: who releases credit holds. */
export const unsafeFinanceOf = (tx: Tx, tenantId: string) => usersWithPermission(tx, { tenantId }, "orders.credit");

/** Publishes one order event to `userIds` (nothing when there is nobody to tell). */
export async function publishOrderEvent(
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
