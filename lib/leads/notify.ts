import "server-only";
import { usersWithPermission } from "@/lib/auth/holders";
import { publishDealEvent, type TenantNames } from "@/lib/deals/notify";
import { unsafeRepsOfTerritory } from "@/lib/deals/reps";
import type { Tx } from "@/lib/db/scope";

/**
 * Who hears about a lead: the partner admins (`ownLeads.manage`) of the partner it is
 * offered to; on acceptance, decline or timeout the reps of the lead's territory (the
 * vendor rep, as for deals: lib/deals/reps.ts), or whoever entered the lead when the
 * territory has no rep. Messages go through the alerts outbox, in each reader's language.
 */

export const leadLinks = {
  lead: (tenant: TenantNames, side: "vendor" | "partner", id: string) => `/${tenant.slug}/${side === "vendor" ? "admin" : "portal"}/leads/${id}`,
};

export function offerRecipients(tx: Tx, tenantId: string, partnerId: string): Promise<string[]> {
  return usersWithPermission(tx, { tenantId, partnerId }, "ownLeads.manage");
}

/** The lead's reps (a vendor or system scope: territory owners are vendor-only rows). */
export async function unsafeRepRecipients(tx: Tx, tenantId: string, lead: { territoryId: string | null; createdByUserId: string | null }): Promise<string[]> {
  const reps = await unsafeRepsOfTerritory(tx, tenantId, lead.territoryId);
  if (reps.length) return reps.map((rep) => rep.userId);
  return lead.createdByUserId ? [lead.createdByUserId] : [];
}

/** The deals module's publisher: one event to a set of users, nothing when nobody is left. */
export const publishLeadEvent = publishDealEvent;
