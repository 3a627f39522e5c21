import "server-only";
import { usersWithPermission } from "@/lib/auth/holders";
import { vendorCan } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/scope";
import type { TenantEventType } from "@/lib/notify/events";
import { publishEvent } from "@/lib/notify/publish";

/**
 * Who hears about each step of a deal, and where the message leads. Reviewers are the
 * partner's channel manager when that seat may review registrations, else every holder
 * of `deals.review` (as channel conflicts do); a partner's users are its `ownDeals.read`
 * holders; reps come from the deal's territory (./reps.ts). Texts name the deal and the
 * customer, never another partner involved.
 */

export type TenantNames = { slug: string; name: string };

export const dealLinks = {
  registration: (tenant: TenantNames, side: "vendor" | "partner", id: string) =>
    `/${tenant.slug}/${side === "vendor" ? "admin" : "portal"}/deals/registrations/${id}`,
  opportunity: (tenant: TenantNames, side: "vendor" | "partner", id: string) =>
    `/${tenant.slug}/${side === "vendor" ? "admin" : "portal"}/deals/opportunities/${id}`,
};

/** The reviewers of a partner's registrations (a vendor or system scope reads the seats). */
export async function unsafeReviewersOf(tx: Tx, tenantId: string, partnerId: string, except?: string): Promise<string[]> {
  const partner = await tx.partner.findUnique({
    where: { tenantId_id: { tenantId, id: partnerId } },
    select: { channelManager: { select: { userId: true, status: true, role: true } } },
  });
  const manager = partner?.channelManager;
  if (manager?.status === "ACTIVE" && vendorCan(manager.role, "deals.review") && manager.userId !== except) return [manager.userId];
  return usersWithPermission(tx, { tenantId, ...(except ? { except } : {}) }, "deals.review");
}

/** A partner's users who follow its deals. */
export function partnerRecipients(tx: Tx, tenantId: string, partnerId: string, except?: string): Promise<string[]> {
  return usersWithPermission(tx, { tenantId, partnerId, ...(except ? { except } : {}) }, "ownDeals.read");
}

/** Publishes one deal event to `userIds` (nothing when there is nobody to tell). */
export async function publishDealEvent(
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
