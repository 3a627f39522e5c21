import "server-only";
import { z } from "zod";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudits, type AuditEntry } from "@/lib/audit/service";
import { normalizeHeader, readCsvImport, type ImportProblem } from "@/lib/csv/import";
import { withScope, type Tx } from "@/lib/db/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import enCatalog from "@/lib/i18n/messages/en/catalog.json";
import esCatalog from "@/lib/i18n/messages/es/catalog.json";
import { zodLocaleError } from "@/lib/i18n/validation";
import { createId } from "@/lib/ids";
import { auditFields } from "./service";
import { createBrandInTx, createFamilyInTx } from "./taxonomy";
import {
  MAX_AMOUNT_MINOR,
  PRODUCT_IMPORT_COLUMNS,
  PRODUCT_IMPORT_MAX_BYTES,
  PRODUCT_IMPORT_MAX_ROWS,
  PRODUCT_UNITS,
  amountOf,
  currencyField,
  optionalText,
  productFieldsSchema,
  type ProductFields,
} from "./schema";
import type { ProductImportReport } from "./types";

/** Unit codes and their labels in either language ("Box", "Caja") → the code. */
const UNIT_BY_LABEL = new Map<string, string>(
  PRODUCT_UNITS.flatMap((code) => [
    [normalizeHeader(code), code],
    [normalizeHeader(enCatalog.units[code]), code],
    [normalizeHeader(esCatalog.units[code]), code],
  ]),
);

const YES = new Set(["yes", "y", "true", "1", "x", "si", "sí", "s"]);
const NO = new Set(["no", "n", "false", "0"]);
const yesNo = z
  .string()
  .optional()
  .refine((value) => !value || YES.has(value.toLowerCase()) || NO.has(value.toLowerCase()), { message: "catalog.validation.yesNo" })
  .transform((value) => (value ? YES.has(value.toLowerCase()) : undefined));

/** One row of the file: the form's rules, with brand and family by name and units by label. */
const importRowSchema = z.preprocess(
  (row) => {
    const unit = (row as Record<string, string | undefined>).unit;
    return { ...(row as object), unit: unit ? (UNIT_BY_LABEL.get(normalizeHeader(unit)) ?? unit) : "EACH" };
  },
  productFieldsSchema.omit({ brandId: true, familyId: true, serialTracked: true, configurable: true }).extend({
    brand: optionalText(80),
    family: optionalText(80),
    serialTracked: yesNo,
    configurable: yesNo,
    currency: currencyField.optional(),
    cost: z.string().max(20).optional(),
    floor: z.string().max(20).optional(),
  }),
);
type ImportRow = z.output<typeof importRowSchema>;

type Plan = {
  line: number;
  row: ImportRow;
  existing: { id: string; fields: ProductFields } | null;
  cost: { currency: string; costMinor: bigint | null; floorMinor: bigint | null } | null;
};

const key = (name: string) => name.trim().toLocaleLowerCase();

/**
 * Reads a products file and imports it all or not at all: every row is checked first (the
 * form's rules, units in either language, amounts in the row's currency, a SKU repeated in
 * the file), and only a file without a single problem is written, in one transaction. A
 * known SKU updates that product with the columns the file has (a missing column keeps its
 * value); a new one becomes a DRAFT. Unknown brands and families are created (a family's
 * Spanish name is its English one until someone renames it).
 */
export async function importProducts(ctx: VendorCtx, input: { file: Blob | Uint8Array | string; locale: string }): Promise<ProductImportReport> {
  authorize(ctx, "catalog.manage");
  const read = await readCsvImport(input.file, {
    columns: PRODUCT_IMPORT_COLUMNS,
    schema: importRowSchema,
    maxBytes: PRODUCT_IMPORT_MAX_BYTES,
    maxRows: PRODUCT_IMPORT_MAX_ROWS,
    error: zodLocaleError(input.locale),
  });
  const problems: ImportProblem[] = [...read.problems];
  const has = (column: string) => column in read.headerOf;
  const problem = (line: number, column: string, message: string) =>
    problems.push({ line, column: read.headerOf[column] ?? null, message });

  const seen = new Map<string, number>();
  for (const { line, data } of read.rows) {
    const first = seen.get(data.sku);
    if (first !== undefined) problem(line, "sku", "catalog.import.repeatedSku");
    else seen.set(data.sku, line);
  }

  return withScope(scopeOf(ctx), async (tx) => {
    const [existing, brands, families] = await Promise.all([
      tx.product.findMany({
        where: { tenantId: ctx.tenantId, sku: { in: [...seen.keys()] } },
        select: { id: true, sku: true, nameEn: true, nameEs: true, descriptionEn: true, descriptionEs: true, brandId: true, familyId: true, unit: true, packSize: true, serialTracked: true, configurable: true },
      }),
      tx.brand.findMany({ where: { tenantId: ctx.tenantId }, select: { id: true, name: true } }),
      tx.productFamily.findMany({ where: { tenantId: ctx.tenantId }, select: { id: true, nameEn: true, nameEs: true } }),
    ]);
    const bySku = new Map(existing.map((p) => [p.sku, p]));
    const brandIds = new Map(brands.map((b) => [key(b.name), b.id]));
    const familyIds = new Map(families.flatMap((f) => [[key(f.nameEn), f.id], [key(f.nameEs), f.id]] as const));
    const newBrands = new Map<string, string>();
    const newFamilies = new Map<string, string>();

    const plans: Plan[] = [];
    for (const { line, data } of read.rows) {
      if (seen.get(data.sku) !== line) continue;
      const found = bySku.get(data.sku);
      let cost: Plan["cost"] = null;
      if (data.cost || data.floor) {
        const currency = data.currency ?? ctx.tenant.currency;
        const amounts: Record<"cost" | "floor", bigint | null> = { cost: null, floor: null };
        for (const column of ["cost", "floor"] as const) {
          try {
            amounts[column] = amountOf(data[column], currency);
            if (amounts[column] !== null && (amounts[column]! < BigInt(0) || amounts[column]! > MAX_AMOUNT_MINOR)) {
              problem(line, column, "catalog.validation.amountRange");
            }
          } catch {
            problem(line, column, "catalog.validation.amount");
          }
        }
        cost = { currency, costMinor: amounts.cost, floorMinor: amounts.floor };
      }
      if (data.brand && !brandIds.has(key(data.brand))) newBrands.set(key(data.brand), data.brand);
      if (data.family && !familyIds.has(key(data.family))) newFamilies.set(key(data.family), data.family);
      plans.push({ line, row: data, existing: found ? { id: found.id, fields: found } : null, cost });
    }

    problems.sort((a, b) => a.line - b.line);
    const report = {
      total: read.total,
      created: plans.filter((p) => !p.existing).length,
      updated: plans.filter((p) => p.existing).length,
      brandsCreated: newBrands.size,
      familiesCreated: newFamilies.size,
      problems,
      ignoredHeaders: read.ignoredHeaders,
    };
    // All or nothing: one bad row and the file changes nothing.
    if (problems.length > 0 || plans.length === 0) return { ...report, written: false };

    for (const [k, name] of newBrands) brandIds.set(k, (await createBrandInTx(tx, ctx, { name })).id);
    for (const [k, name] of newFamilies) familyIds.set(k, (await createFamilyInTx(tx, ctx, { nameEn: name, nameEs: name })).id);
    await write(tx, ctx, plans, has, (name) => (name ? brandIds.get(key(name))! : null), (name) => (name ? familyIds.get(key(name))! : null));
    return { ...report, written: true };
  });
}

async function write(
  tx: Tx,
  ctx: VendorCtx,
  plans: Plan[],
  has: (column: string) => boolean,
  brandOf: (name: string | null) => string | null,
  familyOf: (name: string | null) => string | null,
): Promise<void> {
  const audits: AuditEntry[] = [];
  const creates: Prisma.ProductCreateManyInput[] = [];
  for (const plan of plans) {
    const { row } = plan;
    const given: ProductFields = {
      sku: row.sku,
      nameEn: row.nameEn,
      nameEs: row.nameEs,
      descriptionEn: row.descriptionEn,
      descriptionEs: row.descriptionEs,
      brandId: brandOf(row.brand),
      familyId: familyOf(row.family),
      unit: row.unit,
      packSize: row.packSize,
      serialTracked: row.serialTracked ?? false,
      configurable: row.configurable ?? false,
    };
    if (!plan.existing) {
      const id = createId("product");
      creates.push({ id, tenantId: ctx.tenantId, ...given });
      audits.push({ action: "product.imported", entityType: "Product", entityId: id, after: auditFields(given) });
      plan.existing = { id, fields: given };
      continue;
    }
    const before = plan.existing.fields;
    // Only the columns the file has: a file of SKUs and Spanish names changes nothing else.
    const columnOf: Record<keyof ProductFields, string> = {
      sku: "sku", nameEn: "nameEn", nameEs: "nameEs", descriptionEn: "descriptionEn", descriptionEs: "descriptionEs",
      brandId: "brand", familyId: "family", unit: "unit", packSize: "packSize", serialTracked: "serialTracked", configurable: "configurable",
    };
    const after = Object.fromEntries(
      (Object.keys(columnOf) as (keyof ProductFields)[]).map((field) => [field, has(columnOf[field]) ? given[field] : before[field]]),
    ) as ProductFields;
    const changed = (Object.keys(after) as (keyof ProductFields)[]).some((field) => after[field] !== before[field]);
    if (!changed) continue;
    await tx.product.update({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: plan.existing.id } },
      data: { ...after, version: { increment: 1 } },
    });
    audits.push({ action: "product.imported", entityType: "Product", entityId: plan.existing.id, before: auditFields(before), after: auditFields(after) });
  }
  if (creates.length) await tx.product.createMany({ data: creates });
  for (const plan of plans) {
    if (!plan.cost) continue;
    const { currency, costMinor, floorMinor } = plan.cost;
    await tx.productCost.upsert({
      where: { tenantId_productId_currency: { tenantId: ctx.tenantId, productId: plan.existing!.id, currency } },
      create: { id: createId("productCost"), tenantId: ctx.tenantId, productId: plan.existing!.id, currency, costMinor, floorMinor },
      update: { costMinor, floorMinor },
    });
  }
  await recordAudits(tx, ctx, audits);
}
