import { z } from "zod";
import { defineListQuery } from "@/lib/lists/query";
import { normalizeDomain } from "./normalize";

/** Industries a territory rule and an account may name (labels in enums.industry). */
export const INDUSTRIES = [
  "AGRICULTURE",
  "CONSTRUCTION",
  "EDUCATION",
  "ENERGY",
  "FINANCE",
  "GOVERNMENT",
  "HEALTHCARE",
  "HOSPITALITY",
  "LOGISTICS",
  "MANUFACTURING",
  "MEDIA",
  "RETAIL",
  "TECHNOLOGY",
  "TELECOM",
  "OTHER",
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const REVIEW_STATUSES = ["CLEAR", "UNDER_REVIEW", "DECLINED"] as const;
export type ReviewStatusValue = (typeof REVIEW_STATUSES)[number];

/** Empty text → null; otherwise trimmed and capped. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: "validation.tooLong" })
    .optional()
    .transform((value) => value || null);

export const countryField = z
  .string()
  .trim()
  .toUpperCase()
  .optional()
  .refine((value) => !value || /^[A-Z]{2}$/.test(value), { message: "validation.country" })
  .transform((value) => value || null);

/** An industry code or empty; labels in either language are matched by the import (./import.ts). */
export const industryField = z
  .string()
  .trim()
  .toUpperCase()
  .optional()
  .refine((value) => !value || (INDUSTRIES as readonly string[]).includes(value), { message: "accounts.validation.industry" })
  .transform((value) => (value || null) as Industry | null);

const websiteField = z
  .string()
  .trim()
  .max(255, { message: "validation.tooLong" })
  .optional()
  .refine((value) => !value || normalizeDomain(value) !== null, { message: "accounts.validation.website" })
  .transform((value) => (value ? normalizeDomain(value) : null));

/** What a person types about an end customer (form, import row, API). */
export const accountFieldsSchema = z.object({
  name: z.string().trim().min(2, { message: "validation.required" }).max(160, { message: "validation.tooLong" }),
  website: websiteField,
  taxId: optionalText(40),
  country: countryField,
  region: optionalText(80),
  city: optionalText(80),
  postalCode: optionalText(16),
  industry: industryField,
});
export type AccountFields = z.output<typeof accountFieldsSchema>;

/** Vendor: a new account, owned by a partner or direct (empty owner). */
export const createAccountSchema = accountFieldsSchema.extend({
  partnerId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((value) => value || null),
});
export type CreateAccountInput = z.output<typeof createAccountSchema>;

/** Portal: a new account of the reader's own partner (the partner is never a field). */
export const createOwnAccountSchema = accountFieldsSchema;

const version = z.coerce.number().int().min(0).max(2_147_483_647);

/** Edit form: the fields plus the version it was loaded at (STALE_EDIT when another tab saved first). */
export const updateAccountSchema = accountFieldsSchema.extend({
  accountId: z.string().min(1).max(64),
  version,
});
export type UpdateAccountInput = z.output<typeof updateAccountSchema>;

export const accountIdSchema = z.object({ accountId: z.string().min(1).max(64) });

export const contactSchema = z.object({
  accountId: z.string().min(1).max(64),
  name: z.string().trim().min(1, { message: "validation.required" }).max(120, { message: "validation.tooLong" }),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .optional()
    .refine((value) => !value || z.email().safeParse(value).success, { message: "validation.email" })
    .transform((value) => value || null),
  phone: optionalText(40),
  title: optionalText(80),
});
export type ContactInput = z.output<typeof contactSchema>;

export const contactIdSchema = z.object({ contactId: z.string().min(1).max(64) });

/** One account list's URL state: `?q=&partner=&territory=&review=&sort=-created&page=2`. */
export const accountListQuery = defineListQuery({
  sorts: ["name", "created"],
  defaultSort: { id: "name", desc: false },
  filters: {
    q: z.string().trim().max(100).optional().catch(undefined),
    /** a partner id, or "direct" */
    owner: z
      .string()
      .regex(/^(direct|ptn_[a-z0-9]{1,40})$/)
      .optional()
      .catch(undefined),
    territory: z
      .string()
      .regex(/^ter_[a-z0-9]{1,40}$/)
      .optional()
      .catch(undefined),
    review: z.enum(REVIEW_STATUSES).optional().catch(undefined),
  },
});
export const ACCOUNT_LIST_FILTERS = ["q", "owner", "territory", "review"] as const;
export const OWN_ACCOUNT_LIST_FILTERS = ["q", "review"] as const;
export type AccountListQuery = ReturnType<typeof accountListQuery.parse>;
export type AccountSort = AccountListQuery["sort"]["id"];

/** Import limits: a file past these is refused whole (CSV_TOO_LARGE / CSV_TOO_MANY_ROWS). */
export const ACCOUNT_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const ACCOUNT_IMPORT_MAX_ROWS = 5_000;

/** Columns of the import file, with the headers accepted in English and Spanish. */
export const ACCOUNT_IMPORT_COLUMNS = [
  { key: "name", headers: ["name", "company", "account", "nombre", "empresa", "razón social", "cuenta"], required: true },
  { key: "website", headers: ["website", "web", "domain", "url", "sitio web", "dominio"] },
  { key: "taxId", headers: ["tax id", "vat", "vat number", "nif", "cif", "rfc", "cuit", "rut", "identificación fiscal"] },
  { key: "country", headers: ["country", "país", "pais"] },
  { key: "region", headers: ["region", "state", "province", "región", "estado", "provincia"] },
  { key: "city", headers: ["city", "ciudad", "localidad"] },
  { key: "postalCode", headers: ["postal code", "zip", "zip code", "postcode", "código postal", "cp"] },
  { key: "industry", headers: ["industry", "sector", "industria"] },
] as const;
