import "server-only";
import { z } from "zod";
import { dayToDate, todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { recordAudits } from "@/lib/audit/service";
import { normalizeHeader, readCsvImport, type ImportProblem } from "@/lib/csv/import";
import { withScope, type Tx } from "@/lib/db/scope";
import { zodLocaleError } from "@/lib/i18n/validation";
import { createId } from "@/lib/ids";
import { dayOf } from "./coverage";
import { resolvePolicy } from "./resolve";
import { dayField, registrationFields, serialField } from "./schema";
import type { WarrantyImportReport } from "./types";
import { registerSaleInTx, saleDayProblem } from "./units";

/**
 * CSV imports, all or nothing (lib/csv/import.ts reads the file: caps, encodings,
 * delimiters, headers in either language): the vendor's units shipped before Canal
 * (serial, SKU, partner, ship date) and a partner's registrations of sales (serial, SKU,
 * end customer, language, sale date, site). Every row is checked against the database
 * first — unknown SKUs, partners and serials, serials already known or registered, sale
 * days before shipment or in the future — and one problem anywhere writes nothing.
 */

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 20_000;

export const UNIT_IMPORT_COLUMNS = [
  { key: "serial", headers: ["serial", "serial number", "sn", "número de serie", "numero de serie", "serie"], required: true },
  { key: "sku", headers: ["sku", "product", "código", "codigo", "producto"], required: true },
  { key: "partner", headers: ["partner", "socio"], required: true },
  { key: "shippedOn", headers: ["ship date", "shipped on", "shipped", "fecha de envío", "fecha de envio", "enviado"], required: true },
] as const;

export const REGISTRATION_IMPORT_COLUMNS = [
  { key: "serial", headers: ["serial", "serial number", "sn", "número de serie", "numero de serie", "serie"], required: true },
  { key: "sku", headers: ["sku", "product", "código", "codigo", "producto"] },
  { key: "endCustomerName", headers: ["end customer", "customer", "cliente final", "cliente"], required: true },
  { key: "endCustomerEmail", headers: ["email", "e-mail", "correo", "correo electrónico", "correo electronico"] },
  { key: "endCustomerLocale", headers: ["language", "locale", "idioma"], required: true },
  { key: "saleOn", headers: ["sale date", "sold on", "fecha de venta"], required: true },
  { key: "installationSite", headers: ["installation site", "site", "lugar de instalación", "lugar de instalacion", "instalación"] },
] as const;

const unitRowSchema = z.object({ serial: serialField, sku: z.string().trim().min(1, { message: "validation.required" }).max(64).transform((v) => v.toUpperCase()), partner: z.string().trim().min(1, { message: "validation.required" }).max(200), shippedOn: dayField });
const LOCALE_BY_NAME = new Map([["en", "en"], ["english", "en"], ["ingles", "en"], ["inglés", "en"], ["es", "es"], ["spanish", "es"], ["espanol", "es"], ["español", "es"]]);
const registrationRowSchema = z.preprocess(
  (row) => {
    const locale = (row as Record<string, string | undefined>).endCustomerLocale;
    return { ...(row as object), endCustomerLocale: locale ? (LOCALE_BY_NAME.get(locale.trim().toLowerCase()) ?? locale) : locale };
  },
  z.object({ serial: serialField, sku: z.string().trim().max(64).optional().transform((v) => (v ? v.toUpperCase() : null)), ...registrationFields }),
);

const report = (read: { total: number; ignoredHeaders: string[] }, rows: number, problems: ImportProblem[], written: boolean): WarrantyImportReport => ({
  total: read.total,
  rows,
  written,
  problems: problems.sort((a, b) => a.line - b.line),
  ignoredHeaders: read.ignoredHeaders,
});

/** Units shipped before Canal: each becomes an IMPORT unit with the policy that applies to it. */
export async function importUnits(ctx: VendorCtx, input: { file: Blob | Uint8Array | string; locale: string }): Promise<WarrantyImportReport> {
  authorize(ctx, "warranties.manage");
  const read = await readCsvImport(input.file, { columns: UNIT_IMPORT_COLUMNS, schema: unitRowSchema, maxBytes: IMPORT_MAX_BYTES, maxRows: IMPORT_MAX_ROWS, error: zodLocaleError(input.locale) });
  const problems: ImportProblem[] = [...read.problems];
  const problem = (line: number, column: string, message: string) => problems.push({ line, column: read.headerOf[column] ?? null, message });
  const today = todayIn(ctx.tenant.timeZone);
  return withScope(scopeOf(ctx), async (tx) => {
    const skus = [...new Set(read.rows.map((r) => r.data.sku))];
    const products = new Map(
      (await tx.product.findMany({ where: { tenantId: ctx.tenantId, sku: { in: skus } }, select: { id: true, sku: true, serialTracked: true, familyId: true } })).map((p) => [p.sku, p]),
    );
    const partners = new Map((await tx.partner.findMany({ where: { tenantId: ctx.tenantId }, select: { id: true, name: true } })).map((p) => [normalizeHeader(p.name), p.id]));
    const known = new Set(
      (
        await tx.warrantyUnit.findMany({ where: { tenantId: ctx.tenantId, serial: { in: read.rows.map((r) => r.data.serial) } }, select: { productId: true, serial: true } })
      ).map((u) => `${u.productId}\u0000${u.serial}`),
    );
    const policies = await tx.warrantyPolicy.findMany({ where: { tenantId: ctx.tenantId, active: true }, select: { id: true, partnerId: true, productId: true, familyId: true, active: true, createdAt: true } });
    const seen = new Set<string>();
    const rows = [];
    for (const { line, data } of read.rows) {
      const product = products.get(data.sku);
      const partnerId = partners.get(normalizeHeader(data.partner));
      if (!product) problem(line, "sku", "warranties.validation.unknownProduct");
      else if (!product.serialTracked) problem(line, "sku", "warranties.validation.notSerialTracked");
      if (!partnerId) problem(line, "partner", "warranties.validation.unknownPartner");
      if (data.shippedOn > today) problem(line, "shippedOn", "warranties.validation.shipInFuture");
      if (!product || !partnerId) continue;
      const key = `${product.id}\u0000${data.serial}`;
      if (known.has(key)) problem(line, "serial", "warranties.validation.serialKnown");
      else if (seen.has(key)) problem(line, "serial", "warranties.validation.serialTwice");
      seen.add(key);
      rows.push({
        id: createId("warrantyUnit"),
        tenantId: ctx.tenantId,
        partnerId,
        productId: product.id,
        serial: data.serial,
        source: "IMPORT" as const,
        shippedOn: dayToDate(data.shippedOn),
        policyId: resolvePolicy(policies, { productId: product.id, familyId: product.familyId, partnerId })?.policy.id ?? null,
      });
    }
    if (problems.length || !rows.length) return report(read, rows.length, problems, false);
    await tx.warrantyUnit.createMany({ data: rows });
    await recordAudits(tx, ctx, rows.map((r) => ({ action: "warrantyUnit.created", entityType: "WarrantyUnit", entityId: r.id, after: { serial: r.serial, source: "IMPORT", policyId: r.policyId } })));
    return report(read, rows.length, problems, true);
  });
}

async function ownUnitsBySerial(tx: Tx, ctx: PartnerCtx, serials: string[]) {
  const units = await tx.warrantyUnit.findMany({
    where: { tenantId: ctx.tenantId, partnerId: ctx.partnerId, serial: { in: serials } },
    select: { id: true, serial: true, shippedOn: true, registeredOn: true, product: { select: { sku: true } } },
  });
  const bySerial = new Map<string, typeof units>();
  for (const unit of units) bySerial.set(unit.serial, [...(bySerial.get(unit.serial) ?? []), unit]);
  return bySerial;
}

/** A partner's registrations of sales, by serial (and SKU when a serial is on two products). */
export async function importRegistrations(ctx: PartnerCtx, input: { file: Blob | Uint8Array | string; locale: string }): Promise<WarrantyImportReport> {
  authorize(ctx, "ownWarranties.manage");
  const read = await readCsvImport(input.file, {
    columns: REGISTRATION_IMPORT_COLUMNS,
    schema: registrationRowSchema,
    maxBytes: IMPORT_MAX_BYTES,
    maxRows: IMPORT_MAX_ROWS,
    error: zodLocaleError(input.locale),
  });
  const problems: ImportProblem[] = [...read.problems];
  const problem = (line: number, column: string, message: string) => problems.push({ line, column: read.headerOf[column] ?? null, message });
  const today = todayIn(ctx.tenant.timeZone);
  return withScope(scopeOf(ctx), async (tx) => {
    const units = await ownUnitsBySerial(tx, ctx, [...new Set(read.rows.map((r) => r.data.serial))]);
    const plans = [];
    const seen = new Set<string>();
    for (const { line, data } of read.rows) {
      // another partner's or another tenant's serial reads as unknown: its existence is not revealed
      const unit = (units.get(data.serial) ?? []).filter((u) => !data.sku || u.product.sku === data.sku);
      if (unit.length !== 1) {
        problem(line, unit.length ? "sku" : "serial", unit.length ? "warranties.validation.skuNeeded" : "warranties.validation.unknownSerial");
        continue;
      }
      const found = unit[0]!;
      if (seen.has(found.id)) problem(line, "serial", "warranties.validation.serialTwice");
      seen.add(found.id);
      if (found.registeredOn) problem(line, "serial", "warranties.validation.registeredAlready");
      const saleProblem = saleDayProblem(data.saleOn, dayOf(found.shippedOn)!, today);
      if (saleProblem) problem(line, "saleOn", saleProblem);
      plans.push({ unitId: found.id, ...data });
    }
    if (problems.length || !plans.length) return report(read, plans.length, problems, false);
    for (const { serial: _serial, sku: _sku, ...plan } of plans) await registerSaleInTx(tx, ctx, plan, today);
    return report(read, plans.length, problems, true);
  });
}
