import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { assertFresh } from "@/lib/db/concurrency";
import { withReadScope } from "@/lib/db/read";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import type { LedgerAccounts } from "./journal";
import type { InvoiceSettingsInput, PartnerTermsInput, TaxRateInput } from "./schema";

/**
 * A tenant's invoicing settings: tax rates per country and region, the default rate and
 * payment terms, a partner's own terms, and the ledger accounts of the journal.
 */

export type InvoiceSettingsView = LedgerAccounts & { defaultTaxRateBp: number; defaultTermsDays: number; version: number };
export type TaxRateView = { id: string; country: string; region: string; name: string; rateBp: number };

export const DEFAULT_SETTINGS: InvoiceSettingsView = {
  defaultTaxRateBp: 0,
  defaultTermsDays: 30,
  receivablesAccount: "1200",
  revenueAccount: "4000",
  taxPayableAccount: "2200",
  bankAccount: "1000",
  creditNotesAccount: "4100",
  version: 0,
};

const SETTINGS_SELECT = {
  defaultTaxRateBp: true,
  defaultTermsDays: true,
  receivablesAccount: true,
  revenueAccount: true,
  taxPayableAccount: true,
  bankAccount: true,
  creditNotesAccount: true,
  version: true,
} as const;

/** The tenant's settings, or the defaults when it never saved any. */
export async function settingsOf(tx: Tx, tenantId: string): Promise<InvoiceSettingsView> {
  return (await tx.invoiceSettings.findUnique({ where: { tenantId }, select: SETTINGS_SELECT })) ?? DEFAULT_SETTINGS;
}

export async function getInvoiceSettings(ctx: VendorCtx): Promise<{ settings: InvoiceSettingsView; rates: TaxRateView[] }> {
  authorize(ctx, "invoices.read");
  return withReadScope(scopeOf(ctx), async (tx) => ({
    settings: await settingsOf(tx, ctx.tenantId),
    rates: await tx.taxRate.findMany({
      where: { tenantId: ctx.tenantId },
      select: { id: true, country: true, region: true, name: true, rateBp: true },
      orderBy: [{ country: "asc" }, { region: "asc" }],
    }),
  }));
}

export async function saveInvoiceSettings(ctx: VendorCtx, input: InvoiceSettingsInput): Promise<InvoiceSettingsView> {
  authorize(ctx, "invoices.manage");
  const { defaultRate, version, ...rest } = input;
  const data = { ...rest, defaultTaxRateBp: defaultRate };
  return withScope(scopeOf(ctx), async (tx) => {
    const before = await tx.invoiceSettings.findUnique({ where: { tenantId: ctx.tenantId }, select: SETTINGS_SELECT });
    if (!before) {
      if (version !== 0) throw new AppError("STALE_EDIT");
      await tx.invoiceSettings.create({ data: { id: createId("invoiceSettings"), tenantId: ctx.tenantId, ...data, version: 1 }, select: { id: true } });
    } else {
      assertFresh(await tx.invoiceSettings.updateMany({ where: { tenantId: ctx.tenantId, version }, data: { ...data, version: { increment: 1 } } }));
    }
    const after = await settingsOf(tx, ctx.tenantId);
    await recordAudit(tx, ctx, { action: "invoicing.settingsChanged", entityType: "Tenant", entityId: ctx.tenantId, before: before ? { ...before } : null, after: { ...after } });
    return after;
  });
}

/** Adds a rate, or changes the rate of that country and region. */
export async function saveTaxRate(ctx: VendorCtx, input: TaxRateInput): Promise<TaxRateView> {
  authorize(ctx, "invoices.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const key = { tenantId_country_region: { tenantId: ctx.tenantId, country: input.country, region: input.region } };
    const before = await tx.taxRate.findUnique({ where: key, select: { id: true, name: true, rateBp: true } });
    const rate = await tx.taxRate.upsert({
      where: key,
      create: { id: createId("taxRate"), tenantId: ctx.tenantId, country: input.country, region: input.region, name: input.name, rateBp: input.rate },
      update: { name: input.name, rateBp: input.rate, version: { increment: 1 } },
      select: { id: true, country: true, region: true, name: true, rateBp: true },
    });
    await recordAudit(tx, ctx, { action: before ? "taxRate.changed" : "taxRate.created", entityType: "TaxRate", entityId: rate.id, before: before ?? null, after: rate });
    return rate;
  });
}

export async function deleteTaxRate(ctx: VendorCtx, input: { taxRateId: string }): Promise<void> {
  authorize(ctx, "invoices.manage");
  await withScope(scopeOf(ctx), async (tx) => {
    const rate = await tx.taxRate.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.taxRateId } }, select: { id: true, country: true, region: true, name: true, rateBp: true } });
    if (!rate) throw new AppError("NOT_FOUND");
    await tx.taxRate.delete({ where: { tenantId_id: { tenantId: ctx.tenantId, id: rate.id } } });
    await recordAudit(tx, ctx, { action: "taxRate.deleted", entityType: "TaxRate", entityId: rate.id, before: rate, after: null });
  });
}

/** A partner's own payment terms; null goes back to the tenant's default. */
export async function setPartnerTerms(ctx: VendorCtx, input: PartnerTermsInput): Promise<{ termsDays: number | null }> {
  authorize(ctx, "invoices.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const partner = await tx.partner.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.partnerId } }, select: { id: true } });
    if (!partner) throw new AppError("NOT_FOUND");
    const key = { tenantId_partnerId: { tenantId: ctx.tenantId, partnerId: partner.id } };
    const before = await tx.partnerPaymentTerms.findUnique({ where: key, select: { termsDays: true } });
    if (input.termsDays === null) await tx.partnerPaymentTerms.deleteMany({ where: { tenantId: ctx.tenantId, partnerId: partner.id } });
    else
      await tx.partnerPaymentTerms.upsert({
        where: key,
        create: { id: createId("partnerPaymentTerms"), tenantId: ctx.tenantId, partnerId: partner.id, termsDays: input.termsDays },
        update: { termsDays: input.termsDays },
        select: { id: true },
      });
    await recordAudit(tx, ctx, { action: "partner.termsChanged", entityType: "Partner", entityId: partner.id, before: before ?? null, after: { termsDays: input.termsDays } });
    return { termsDays: input.termsDays };
  });
}
