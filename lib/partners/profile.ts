import "server-only";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { assertFresh } from "@/lib/db/concurrency";
import { isUniqueViolation } from "@/lib/db/errors";
import { withScope, type Tx } from "@/lib/db/scope";
import { withReadScope } from "@/lib/db/read";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import type { PartnerProfileFields, UpdatePartnerProfileInput } from "./profile-schema";
import type { CompanyProfile } from "./profile-types";

/**
 * A partner's company profile (PartnerProfile): read by both sides, edited by the vendor
 * (`partners.manage`) and by the partner's own admins (`ownPartner.manage`). Saves carry
 * the version the form was loaded with; a save from a stale tab is refused (STALE_EDIT)
 * and changes nothing. Every change is audited with what it replaced.
 */

const FIELDS = {
  legalName: true,
  taxId: true,
  website: true,
  phone: true,
  industry: true,
  addressLine1: true,
  addressLine2: true,
  city: true,
  region: true,
  postalCode: true,
  version: true,
} as const;

type ProfileKey = Exclude<keyof typeof FIELDS, "version">;
const KEYS = Object.keys(FIELDS).filter((key) => key !== "version") as ProfileKey[];

const EMPTY: CompanyProfile = {
  legalName: null,
  taxId: null,
  website: null,
  phone: null,
  industry: null,
  addressLine1: null,
  addressLine2: null,
  city: null,
  region: null,
  postalCode: null,
  version: 0,
};

async function readProfile(tx: Tx, tenantId: string, partnerId: string): Promise<CompanyProfile> {
  const row = await tx.partnerProfile.findUnique({
    where: { tenantId_partnerId: { tenantId, partnerId } },
    select: FIELDS,
  });
  return row ?? EMPTY;
}

async function partnerExists(tx: Tx, tenantId: string, partnerId: string): Promise<void> {
  const partner = await tx.partner.findUnique({ where: { tenantId_id: { tenantId, id: partnerId } }, select: { id: true } });
  if (!partner) throw new AppError("NOT_FOUND");
}

/** Any partner's profile, for the back office (NOT_FOUND for another tenant's partner). */
export async function getPartnerProfile(ctx: VendorCtx, partnerId: string): Promise<CompanyProfile> {
  authorize(ctx, "partners.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    await partnerExists(tx, ctx.tenantId, partnerId);
    return readProfile(tx, ctx.tenantId, partnerId);
  });
}

/** The signed-in partner's own profile (the partner from the session). */
export async function getOwnPartnerProfile(ctx: PartnerCtx): Promise<CompanyProfile> {
  authorize(ctx, "ownPartner.read");
  return withReadScope(scopeOf(ctx), (tx) => readProfile(tx, ctx.tenantId, ctx.partnerId));
}

/** The vendor saves a partner's profile. */
export async function updatePartnerProfile(ctx: VendorCtx, input: UpdatePartnerProfileInput): Promise<CompanyProfile> {
  authorize(ctx, "partners.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    await partnerExists(tx, ctx.tenantId, input.partnerId);
    return saveProfile(tx, ctx, input.partnerId, input);
  });
}

/** A partner admin saves its own company's profile. */
export async function updateOwnPartnerProfile(ctx: PartnerCtx, input: PartnerProfileFields): Promise<CompanyProfile> {
  authorize(ctx, "ownPartner.manage");
  return withScope(scopeOf(ctx), (tx) => saveProfile(tx, ctx, ctx.partnerId, input));
}

async function saveProfile(tx: Tx, ctx: TenantCtx, partnerId: string, input: PartnerProfileFields): Promise<CompanyProfile> {
  const before = await readProfile(tx, ctx.tenantId, partnerId);
  if (before.version !== input.version) throw new AppError("STALE_EDIT");
  const data = Object.fromEntries(KEYS.map((key) => [key, input[key]])) as Record<ProfileKey, string | null>;
  const changed = KEYS.filter((key) => before[key] !== data[key]);
  if (changed.length === 0) return before;
  if (before.version === 0) {
    // The first save creates the row; two first saves racing meet on the unique key.
    try {
      await tx.partnerProfile.createMany({ data: [{ id: createId("partnerProfile"), tenantId: ctx.tenantId, partnerId, ...data }] });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError("STALE_EDIT");
      throw error;
    }
  } else {
    assertFresh(
      await tx.partnerProfile.updateMany({
        where: { tenantId: ctx.tenantId, partnerId, version: input.version },
        data: { ...data, version: { increment: 1 } },
      }),
    );
  }
  await recordAudit(tx, ctx, {
    action: "partner.profileUpdated",
    entityType: "Partner",
    entityId: partnerId,
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: Object.fromEntries(changed.map((key) => [key, data[key]])),
  });
  return { ...data, version: before.version + 1 };
}
