import "server-only";
import { usersWithPermission } from "@/lib/auth/holders";
import type { Tx } from "@/lib/db/scope";
import type { TenantEventType } from "@/lib/notify/events";
import { publishEvent } from "@/lib/notify/publish";

/**
 * Who hears about co-op: the vendor's reviewers (`coop.review`) of requests and claims,
 * whoever pays (`coop.pay`) of an approved claim, and the partner's users who follow its
 * funds (`ownCoop.read`) of every decision, payment and reminder. The person who acted is
 * not told about their own step.
 */

export type TenantNames = { id: string; slug: string; name: string };

export const coopLink = (tenant: { slug: string }, side: "vendor" | "partner") => `/${tenant.slug}/${side === "vendor" ? "admin" : "portal"}/coop`;

export const unsafeReviewersOf = (tx: Tx, tenantId: string) => usersWithPermission(tx, { tenantId }, "coop.review");
export const unsafePayersOf = (tx: Tx, tenantId: string) => usersWithPermission(tx, { tenantId }, "coop.pay");
export const unsafeFollowersOf = (tx: Tx, tenantId: string, partnerId: string) => usersWithPermission(tx, { tenantId, partnerId }, "ownCoop.read");

export async function publishCoopEvent(
  tx: Tx,
  input: { tenant: TenantNames; type: TenantEventType; side: "vendor" | "partner"; userIds: readonly string[]; exceptUserId?: string | null; params: Record<string, string> },
): Promise<void> {
  const userIds = [...new Set(input.userIds)].filter((id) => id !== input.exceptUserId);
  if (!userIds.length) return;
  await publishEvent(tx, {
    tenantId: input.tenant.id,
    type: input.type,
    payload: { recipients: userIds.map((userId) => ({ userId })), link: coopLink(input.tenant, input.side), params: input.params },
  });
}
