import { z } from "zod";
import { defineListQuery } from "@/lib/lists/query";
import { parseAmount } from "@/lib/money";
import { PRODUCT_UNITS, MAX_PACK_SIZE } from "./constants";

export const PRODUCT_STATUSES = ["DRAFT", "ACTIVE", "DISCONTINUED"] as const;
export type ProductStatusValue = (typeof PRODUCT_STATUSES)[number];

export { PRODUCT_UNITS, MAX_PACK_SIZE };
export type ProductUnitValue = (typeof PRODUCT_UNITS)[number];

/** Largest amount (minor units) a cost or price may have: 10^13 = 100 billion in a 2-decimal currency. */
export const MAX_AMOUNT_MINOR = BigInt("10000000000000");

/** Empty text → null; otherwise trimmed and capped. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: "validation.tooLong" })
    .optional()
    .transform((value) => value || null);

const requiredText = (min: number, max: number) =>
  z.string().trim().min(min, { message: "validation.required" }).max(max, { message: "validation.tooLong" });

/** SKUs are compared without case: stored upper-cased, letters, digits and . _ - / only. */
export const skuField = z
  .string()
  .trim()
  .toUpperCase()
  .min(1, { message: "validation.required" })
  .max(40, { message: "validation.tooLong" })
  .regex(/^[A-Z0-9][A-Z0-9._\-/]*$/, { message: "catalog.validation.sku" });

export const currencyField = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, { message: "catalog.validation.currency" })
  .refine((code) => {
    try {
      new Intl.NumberFormat("en", { style: "currency", currency: code });
      return true;
    } catch {
      return false;
    }
  }, { message: "catalog.validation.currency" });

export const flag = z
  .union([z.boolean(), z.enum(["on", "true", "false", ""])])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

const idField = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((value) => value || null);

const packSizeField = z.union([z.number(), z.string().trim().max(7)]).transform((value, ctx) => {
  if (value === "") return 1;
  const number = typeof value === "number" ? value : Number(value);
  if (!Number.isInteger(number) || number < 1 || number > MAX_PACK_SIZE) {
    ctx.addIssue({ code: "custom", message: "catalog.validation.packSize" });
    return z.NEVER;
  }
  return number;
});

/** What a person types about a product (form, import row, API). */
export const productFieldsSchema = z.object({
  sku: skuField,
  nameEn: requiredText(2, 160),
  nameEs: requiredText(2, 160),
  descriptionEn: optionalText(4000),
  descriptionEs: optionalText(4000),
  brandId: idField,
  familyId: idField,
  unit: z.enum(PRODUCT_UNITS, { message: "catalog.validation.unit" }),
  packSize: packSizeField,
  serialTracked: flag,
  configurable: flag,
});
export type ProductFields = z.output<typeof productFieldsSchema>;

export const createProductSchema = productFieldsSchema;
export type CreateProductInput = ProductFields;

const version = z.coerce.number().int().min(0).max(2_147_483_647);

/** Edit form: the fields plus the version it was loaded at (STALE_EDIT when another tab saved first). */
export const updateProductSchema = productFieldsSchema.extend({
  productId: z.string().min(1).max(64),
  version,
});
export type UpdateProductInput = z.output<typeof updateProductSchema>;

export const productIdSchema = z.object({ productId: z.string().min(1).max(64) });

/** A lifecycle step (activate, discontinue, reactivate) from the status the page showed. */
export const changeProductStatusSchema = z.object({
  productId: z.string().min(1).max(64),
  from: z.enum(PRODUCT_STATUSES),
  to: z.enum(PRODUCT_STATUSES, { message: "catalog.validation.status" }),
  reason: z.string().trim().max(1000, { message: "validation.tooLong" }).optional().default(""),
});
export type ChangeProductStatusInput = z.output<typeof changeProductStatusSchema>;

/** An amount as typed ("12.50", "12,5") in minor units of `currency`, or null when empty. */
export function amountOf(text: string | null | undefined, currency: string): bigint | null {
  const value = text?.trim();
  if (!value) return null;
  return parseAmount(value, currency);
}

/** The cost and floor price of a product in one currency (empty = not recorded). */
export const productCostSchema = z
  .object({
    productId: z.string().min(1).max(64),
    currency: currencyField,
    cost: z.string().trim().max(20).optional().default(""),
    floor: z.string().trim().max(20).optional().default(""),
  })
  .superRefine((input, ctx) => {
    for (const key of ["cost", "floor"] as const) {
      try {
        const minor = amountOf(input[key], input.currency);
        if (minor !== null && (minor < BigInt(0) || minor > MAX_AMOUNT_MINOR)) {
          ctx.addIssue({ code: "custom", path: [key], message: "catalog.validation.amountRange" });
        }
      } catch {
        ctx.addIssue({ code: "custom", path: [key], message: "catalog.validation.amount" });
      }
    }
  });
export type ProductCostInput = z.output<typeof productCostSchema>;

export const removeProductCostSchema = z.object({
  productId: z.string().min(1).max(64),
  currency: currencyField,
});

/** A new image: an uploaded "product.image" file. */
export const productImageSchema = z.object({
  productId: z.string().min(1).max(64),
  fileId: z.string().trim().min(1, { message: "catalog.validation.image" }).max(64),
});
export const productImageIdSchema = z.object({ imageId: z.string().min(1).max(64) });

export const brandSchema = z.object({ name: requiredText(1, 80) });
export const renameBrandSchema = brandSchema.extend({ brandId: z.string().min(1).max(64) });
export const familySchema = z.object({ nameEn: requiredText(1, 80), nameEs: requiredText(1, 80) });
export const renameFamilySchema = familySchema.extend({ familyId: z.string().min(1).max(64) });
export type BrandInput = z.output<typeof brandSchema>;
export type FamilyInput = z.output<typeof familySchema>;

const listId = (prefix: string) =>
  z
    .string()
    .regex(new RegExp(`^${prefix}_[a-z0-9]{1,40}$`))
    .optional()
    .catch(undefined);

/** The back office's product list: `?q=&status=&brand=&family=&sort=sku&page=2`. */
export const productListQuery = defineListQuery({
  sorts: ["name", "sku", "created"],
  defaultSort: { id: "name", desc: false },
  filters: {
    q: z.string().trim().max(100).optional().catch(undefined),
    status: z.enum(PRODUCT_STATUSES).optional().catch(undefined),
    brand: listId("brd"),
    family: listId("fam"),
  },
});
export const PRODUCT_LIST_FILTERS = ["q", "status", "brand", "family"] as const;
/** The portal's catalog: active products only, so no status filter. */
export const CATALOG_LIST_FILTERS = ["q", "brand", "family"] as const;
export type ProductListQuery = ReturnType<typeof productListQuery.parse>;
export type ProductSort = ProductListQuery["sort"]["id"];

/** Import limits: a file past these is refused whole (CSV_TOO_LARGE / CSV_TOO_MANY_ROWS). */
export const PRODUCT_IMPORT_MAX_BYTES = 4 * 1024 * 1024;
export const PRODUCT_IMPORT_MAX_ROWS = 5_000;

/** Columns of the import file, with the headers accepted in English and Spanish. */
export const PRODUCT_IMPORT_COLUMNS = [
  { key: "sku", headers: ["sku", "code", "product code", "código", "codigo", "referencia"], required: true },
  { key: "nameEn", headers: ["name en", "name (en)", "english name", "name", "nombre en", "nombre inglés"], required: true },
  { key: "nameEs", headers: ["name es", "name (es)", "spanish name", "nombre es", "nombre", "nombre español"], required: true },
  { key: "descriptionEn", headers: ["description en", "description (en)", "description", "descripción en"] },
  { key: "descriptionEs", headers: ["description es", "description (es)", "descripción es", "descripción"] },
  { key: "brand", headers: ["brand", "marca"] },
  { key: "family", headers: ["family", "product family", "category", "familia", "categoría"] },
  { key: "unit", headers: ["unit", "unidad"] },
  { key: "packSize", headers: ["pack size", "units per pack", "tamaño del paquete", "unidades por paquete"] },
  { key: "serialTracked", headers: ["serial tracked", "serial numbers", "serializado", "números de serie"] },
  { key: "configurable", headers: ["configurable"] },
  { key: "currency", headers: ["currency", "moneda", "divisa"] },
  { key: "cost", headers: ["cost", "unit cost", "costo", "coste"] },
  { key: "floor", headers: ["floor", "floor price", "minimum price", "precio mínimo", "precio piso"] },
] as const;
