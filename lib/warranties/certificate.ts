import "server-only";
import { authorize, scopeOf, type PartnerCtx, type SystemCtx, type VendorCtx } from "@/lib/auth/context";
import { brandColors } from "@/lib/branding/colors";
import { withReadScope } from "@/lib/db/read";
import type { DbScope, Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { storageOf } from "@/lib/files/storage";
import { tenantToday, UNIT_SELECT, unitCoverageOf } from "./read";
import { renderCertificatePdf, type CertificateFacts } from "./certificate-pdf";

/**
 * The warranty certificate of a registered unit, in the end customer's language. Its brand is
 * the vendor's (the tenant's name, colour and logo) — or, when the unit's policy is customised
 * for a VAR/OEM partner and passed through, that partner's (its name, the colour and logo set
 * on the policy, and the policy's terms). Served to the vendor and to the unit's own partner
 * (another partner's or tenant's unit: NOT_FOUND), and e-mailed to the end customer on
 * registration (lib/warranties/certificate-mail.ts).
 */

export type CertificatePdf = { fileName: string; bytes: Buffer; locale: "en" | "es"; to: string | null; brandName: string };

type LogoRow = { id: string; storage: string; storageKey: string; size: number; contentType: string } | null;

const LOGO_SELECT = { select: { id: true, storage: true, storageKey: true, size: true, contentType: true } } as const;

/** The facts, read in one transaction (the logo's bytes are read after it). */
async function factsOf(tx: Tx, ctx: VendorCtx | PartnerCtx | SystemCtx, unitId: string): Promise<{ facts: Omit<CertificateFacts, "logo">; logo: LogoRow; to: string | null }> {
  const row = await tx.warrantyUnit.findFirst({
    where: { tenantId: ctx.tenantId, id: unitId, ...(ctx.audience === "partner" ? { partnerId: ctx.partnerId } : {}) },
    select: { ...UNIT_SELECT, endCustomerEmail: true },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const today = await tenantToday(tx, ctx);
  const unit = await unitCoverageOf(tx, ctx.tenantId, row, today);
  if (!unit.registration) throw new AppError("WARRANTY_CERTIFICATE_UNAVAILABLE");
  const locale = unit.registration.endCustomerLocale === "es" ? "es" : "en";
  const policyId = unit.coverage.policy?.id;
  const [tenant, policy] = await Promise.all([
    tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { name: true, slug: true, brandColor: true, logo: LOGO_SELECT } }),
    policyId
      ? tx.warrantyPolicy.findUnique({
          where: { tenantId_id: { tenantId: ctx.tenantId, id: policyId } },
          select: { termsEn: true, termsEs: true, passThrough: true, brandColor: true, partner: { select: { name: true } }, logo: LOGO_SELECT },
        })
      : null,
  ]);
  const partnerBrand = policy?.passThrough && policy.partner ? policy : null;
  return {
    facts: {
      locale,
      brand: partnerBrand
        ? { name: partnerBrand.partner!.name, colors: brandColors(partnerBrand.brandColor), vendorName: tenant.name }
        : { name: tenant.name, colors: brandColors(tenant.brandColor), vendorName: null },
      unit,
      terms: (locale === "es" ? (policy?.termsEs ?? policy?.termsEn) : (policy?.termsEn ?? policy?.termsEs)) ?? null,
    },
    logo: partnerBrand ? partnerBrand.logo : tenant.logo,
    to: row.endCustomerEmail,
  };
}

/** pdfkit draws PNG and JPEG only: another type (or a missing file) leaves the name alone in the band. */
async function logoBytes(scope: DbScope, tenantId: string, logo: LogoRow): Promise<Buffer | null> {
  if (!logo || !["image/png", "image/jpeg"].includes(logo.contentType)) return null;
  const stream = await storageOf(logo.storage).open(scope, { tenantId, fileId: logo.id, storageKey: logo.storageKey, size: logo.size, contentType: logo.contentType });
  return Buffer.from(await new Response(stream).arrayBuffer());
}

async function certificate(ctx: VendorCtx | PartnerCtx | SystemCtx, unitId: string): Promise<CertificatePdf> {
  const scope = scopeOf(ctx);
  const { facts, logo, to } = await withReadScope(scope, (tx) => factsOf(tx, ctx, unitId));
  const bytes = await renderCertificatePdf({ ...facts, logo: await logoBytes(scope, ctx.tenantId, logo) });
  return { fileName: certificateFileName(facts.unit.serial), bytes, locale: facts.locale, to, brandName: facts.brand.name };
}

/** "warranty-certificate_SN-123.pdf" (the serial's unsafe characters dropped). */
export const certificateFileName = (serial: string) => `warranty-certificate_${serial.replace(/[^A-Za-z0-9._-]/g, "") || "unit"}.pdf`;

export async function unitCertificatePdf(ctx: VendorCtx, unitId: string): Promise<CertificatePdf> {
  authorize(ctx, "warranties.read");
  return certificate(ctx, unitId);
}

export async function ownCertificatePdf(ctx: PartnerCtx, unitId: string): Promise<CertificatePdf> {
  authorize(ctx, "ownWarranties.read");
  return certificate(ctx, unitId);
}

/** For the registration e-mail (the worker's system context). */
export function systemCertificatePdf(ctx: SystemCtx, unitId: string): Promise<CertificatePdf> {
  return certificate(ctx, unitId);
}
