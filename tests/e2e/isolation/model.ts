/**
 * Who visits and what each must get, computed from the permission table and the endpoint
 * list (scripts/endpoints/collect.ts) — never from a hand-kept list of pages or roles.
 *
 *   anonymous                  → sent to sign in (pages), 401 (routes), UNAUTHENTICATED (actions)
 *   vendor:<role> of tenant A   → allowed when the role holds the permission, else 403 / FORBIDDEN
 *   partner:<role> of P1 in A   → the same for portal entry points; 403 / FORBIDDEN in the back office
 *   otherPartner (P2's admin)   → its own portal only: 403 in the back office, never P1's data
 *   otherTenant (B's admin)     → 404 / NOT_FOUND on anything of A
 *   preview (A's channel manager previewing P1's portal, lib/auth/preview.ts)
 *                              → the back office as a channel manager; in the portal the reads of
 *                                PREVIEW_PERMISSIONS (200) or 403, and every portal action
 *                                PREVIEW_READ_ONLY — generated from the action list like the rest
 */
import {
  PARTNER_ROLE_LIST,
  PREVIEW_PERMISSIONS,
  VENDOR_ROLE_LIST,
  partnerCan,
  userCan,
  vendorCan,
  type Permission,
} from "../../../lib/auth/permissions";
import type { Audience } from "../../../scripts/endpoints/collect";

type VendorRole = (typeof VENDOR_ROLE_LIST)[number];
type PartnerRole = (typeof PARTNER_ROLE_LIST)[number];
export type VisitorKey =
  "anonymous" | `vendor:${VendorRole}` | `partner:${PartnerRole}` | "otherPartner" | "otherTenant" | "preview";

/** The vendor role of the previewing visitor (its login is that role's, in a second session). */
export const PREVIEW_VENDOR_ROLE: VendorRole = "CHANNEL_MANAGER";

export type Login = { email: string; password: string; userId: string };

export type World = {
  tag: string;
  tenant: { id: string; slug: string; name: string };
  otherTenant: { id: string; slug: string; name: string };
  partner: { id: string; name: string };
  otherPartner: { id: string; name: string };
  logins: Record<Exclude<VisitorKey, "anonymous">, Login>;
  objects: {
    membershipId: string;
    deactivatedMembershipId: string;
    invitedMembershipId: string;
    partnerUserId: string;
    deactivatedPartnerUserId: string;
    invitedPartnerUserId: string;
    deadDeliveryId: string;
    applicationId: string;
    vendorNotificationId: string;
    partnerNotificationId: string;
    /** P1's own contact (Partner 360) */
    partnerContactId: string;
    /** a shared task on P1 assigned to P1's PARTNER_USER */
    taskId: string;
    /** P1's account (with a contact), P2's colliding one and the conflict between them */
    accountId: string;
    contactId: string;
    conflictId: string;
    /** a territory with a rule, P1 assigned and an owner rep */
    territoryId: string;
    ruleId: string;
    ownerMembershipId: string;
    /** tenant A's logo: a file every vendor role and every partner of A may read */
    logoFileId: string;
    /** deals: P1's registration waiting for review (P2 registered the same customer) */
    registrationId: string;
    /** P1's approved registration and its deal */
    protectedRegistrationId: string;
    opportunityId: string;
    /** an extension P1 asked for on another approved registration */
    extensionId: string;
    /** an open stage no deal is in, A's LOST stage, and a criterion of A's first stage */
    stageId: string;
    lostStageId: string;
    criterionId: string;
    /** leads: one P1 accepted (it may convert it), one still offered to P1, and a distribution rule */
    leadId: string;
    offeredLeadId: string;
    leadRuleId: string;
    /** programs (lib/programs): P1 is enrolled in this program */
    programId: string;
    tierId: string;
    itemId: string;
    agreementId: string;
    metricId: string;
    documentItemId: string;
    documentFileId: string;
    /** an active product with a picture, its brand and family, and an uploaded picture no product uses yet */
    productId: string;
    brandId: string;
    familyId: string;
    productImageId: string;
    spareImageFileId: string;
    /** P1's published customised price list (version 1), one of its prices */
    priceListId: string;
    priceEntryId: string;
    priceVersionId: string;
    /** P1's cart (version 0, one line) and P1's submitted order (approved at submission) */
    draftOrderId: string;
    orderId: string;
    /** the invoice of P1's shipped order, its line, a tax rate of A, and a payment of P1 not applied yet */
    invoiceId: string;
    invoiceLineId: string;
    taxRateId: string;
    paymentId: string;
    /** a credit note on P1's account (no invoice), not applied yet */
    creditNoteId: string;
    /** the tenant admin's saved view of the order queue */
    savedViewId: string;
    /** a standard warranty policy (version 0), P1's registered unit under it and P1's claim on it (version 1) */
    warrantyPolicyId: string;
    warrantyUnitId: string;
    warrantyClaimId: string;
    /** an MDF program (version 0), P1's fund of it, P1's proposed request (version 0) and submitted claim (version 0) */
    coopProgramId: string;
    coopFundId: string;
    coopRequestId: string;
    coopClaimId: string;
    /** the product is configurable: its configurator's version, a group, options a, b, c ("c requires a"), the rule */
    configVersion: number;
    optionGroupId: string;
    configOptionIds: string[];
    configRuleId: string;
    /** another product (for the bundle action) */
    partSku: string;
    partId: string;
    /** P1's saved configuration of the product */
    savedConfigurationId: string;
  };
  /** titles of P1's activities: the internal one must never show in the portal, the shared one must */
  activities: { internalTitle: string; sharedTitle: string };
  /** whose bell each notification is in */
  owners: { vendorNotification: VisitorKey; partnerNotification: VisitorKey; savedView: VisitorKey };
  /** every tenant and user the world created: the rows "nothing changed" is checked on */
  scope: { tenantIds: string[]; userIds: string[] };
};

/** Every kind of visitor, one per role of the permission table. */
export const VISITORS: VisitorKey[] = [
  "anonymous",
  ...VENDOR_ROLE_LIST.map((role) => `vendor:${role}` as const),
  ...PARTNER_ROLE_LIST.map((role) => `partner:${role}` as const),
  "otherPartner",
  "otherTenant",
  "preview",
];

/** The role a visitor holds in the world (P2's admin holds the first partner role). */
function seatOf(
  visitor: VisitorKey,
): { side: "vendor"; role: VendorRole } | { side: "partner"; role: PartnerRole } | null {
  if (visitor.startsWith("vendor:")) return { side: "vendor", role: visitor.slice(7) as VendorRole };
  if (visitor.startsWith("partner:")) return { side: "partner", role: visitor.slice(8) as PartnerRole };
  if (visitor === "otherPartner") return { side: "partner", role: PARTNER_ROLE_LIST[0]! };
  if (visitor === "preview") return { side: "vendor", role: PREVIEW_VENDOR_ROLE };
  return null;
}

/** What the guard of an entry point does with a visitor. */
export type Outcome = "allowed" | "login" | "forbidden" | "notFound" | "readOnly";

type Entry = { audience: Audience; permission: Permission | null; name?: string; method?: string; path?: string };

/** Portal paths naming one of P1's objects: another partner gets 404 there, not the page. */
const P1_OBJECT_SEGMENTS = ["[accountId]", "[configurationId]", "[registrationId]", "[opportunityId]", "[leadId]", "[orderId]", "[invoiceId]", "[unitId]", "[claimId]", "[coopFundId]", "[coopRequestId]", "[coopClaimId]"];

export function outcomeFor(entry: Entry, visitor: VisitorKey): Outcome {
  if (entry.audience === "public") return "allowed";
  if (visitor === "anonymous") return "login";
  const permission = entry.permission!;
  if (entry.audience === "user") return userCan(permission) ? "allowed" : "forbidden";
  if (visitor === "otherTenant") return "notFound";
  if (visitor === "preview" && entry.audience === "partner") {
    // Actions (`name`) and writing routes are refused as such; reads within the preview's permissions pass.
    if (entry.name !== undefined || (entry.method !== undefined && entry.method !== "GET")) return "readOnly";
    return (PREVIEW_PERMISSIONS as readonly string[]).includes(permission) ? "allowed" : "forbidden";
  }
  const seat = seatOf(visitor)!;
  if (seat.side !== entry.audience) return "forbidden";
  const can = seat.side === "vendor" ? vendorCan(seat.role, permission) : partnerCan(seat.role, permission);
  if (can && visitor === "otherPartner" && P1_OBJECT_SEGMENTS.some((segment) => entry.path?.includes(segment))) return "notFound";
  return can ? "allowed" : "forbidden";
}

/** The error code an action answers with for each refusal. */
export const REFUSAL_CODE: Record<Exclude<Outcome, "allowed">, string> = {
  login: "UNAUTHENTICATED",
  forbidden: "FORBIDDEN",
  notFound: "NOT_FOUND",
  readOnly: "PREVIEW_READ_ONLY",
};

/** Fills the dynamic segments of a URL template with the world's values. */
export function concreteUrl(template: string, world: World, tenantSlug = world.tenant.slug): string {
  const url = template
    .replaceAll("[tenant]", tenantSlug)
    .replaceAll("[partnerId]", world.partner.id)
    .replaceAll("[accountId]", world.objects.accountId)
    .replaceAll("[fileId]", world.objects.logoFileId)
    .replaceAll("[programId]", world.objects.programId)
    .replaceAll("[applicationId]", world.objects.applicationId)
    .replaceAll("[registrationId]", world.objects.registrationId)
    .replaceAll("[opportunityId]", world.objects.opportunityId)
    .replaceAll("[leadId]", world.objects.leadId)
    .replaceAll("[productId]", world.objects.productId)
    .replaceAll("[orderId]", world.objects.orderId)
    .replaceAll("[invoiceId]", world.objects.invoiceId)
    .replaceAll("[policyId]", world.objects.warrantyPolicyId)
    .replaceAll("[unitId]", world.objects.warrantyUnitId)
    .replaceAll("[claimId]", world.objects.warrantyClaimId)
    .replaceAll("[coopProgramId]", world.objects.coopProgramId)
    .replaceAll("[coopFundId]", world.objects.coopFundId)
    .replaceAll("[coopRequestId]", world.objects.coopRequestId)
    .replaceAll("[coopClaimId]", world.objects.coopClaimId)
    .replaceAll("[listId]", world.objects.priceListId)
    .replaceAll("[versionId]", world.objects.priceVersionId)
    .replaceAll("[configurationId]", world.objects.savedConfigurationId)
    .replaceAll("[token]", "not-a-real-token");
  if (url.includes("["))
    throw new Error(`${template}: give this dynamic segment a value in tests/e2e/isolation/model.ts`);
  return url;
}
