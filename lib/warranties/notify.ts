import "server-only";
import { usersWithPermission } from "@/lib/auth/holders";
import type { Tx } from "@/lib/db/scope";
import type { TenantEventType } from "@/lib/notify/events";
import { publishEvent } from "@/lib/notify/publish";

/**
 * Who hears about a claim, and where the message leads: the vendor's warranty handlers
 * (`warranties.manage`), the partner's users who follow its warranties
 * (`ownWarranties.read`), and for a credit finance (`orders.credit`). The person who took
 * the step is not told about it.
 */

export type TenantNames = { slug: string; name: string };

export const claimLink = (tenant: TenantNames, side: "vendor" | "partner", id: string) =>
  `/${tenant.slug}/${side === "vendor" ? "admin" : "portal"}/warranties/claims/${id}`;

export const unsafeHandlersOf = (tx: Tx, tenantId: string) => usersWithPermission(tx, { tenantId }, "warranties.manage");
export const unsafePartnerFollowersOf = (tx: Tx, tenantId: string, partnerId: string) => usersWithPermission(tx, { tenantId, partnerId }, "ownWarranties.read");
export const unsafeFinanceOf = (tx: Tx, tenantId: string) => usersWithPermission(tx, { tenantId }, "orders.credit");

/** One event per audience (the deep link differs between the back office and the portal). */
export async function publishClaimEvent(
  tx: Tx,
  input: {
    tenant: TenantNames & { id: string };
    type: TenantEventType;
    claimId: string;
    vendorUserIds: readonly string[];
    partnerUserIds: readonly string[];
    exceptUserId: string | null;
    params: Record<string, string>;
  },
): Promise<void> {
  const audiences: ["vendor" | "partner", readonly string[]][] = [
    ["vendor", input.vendorUserIds],
    ["partner", input.partnerUserIds],
  ];
  for (const [side, ids] of audiences) {
    const userIds = [...new Set(ids)].filter((id) => id !== input.exceptUserId);
    if (!userIds.length) continue;
    await publishEvent(tx, {
      tenantId: input.tenant.id,
      type: input.type,
      payload: { recipients: userIds.map((userId) => ({ userId })), link: claimLink(input.tenant, side, input.claimId), params: input.params },
    });
  }
}
