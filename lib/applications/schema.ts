import { z } from "zod";
import { defineListQuery } from "@/lib/lists/query";
import { typedAmount } from "@/lib/money";
import { PARTNER_TYPES } from "@/lib/partners/schema";
import { toE164 } from "@/lib/phone";
import { CURRENCIES, LOCALES, emailSchema, personNameSchema } from "@/lib/tenancy/schema";

// Apart from lib/partners/schema.ts: the phone rules bring libphonenumber-js's metadata,
// which only the apply page should send to the browser.

export const APPLICATION_STATUSES = ["PENDING", "APPROVED", "REJECTED"] as const;
export type ApplicationStatusValue = (typeof APPLICATION_STATUSES)[number];

/** Largest yearly volume one can state (a typo guard: 10^13 major units). */
const MAX_VOLUME_MAJOR = 10_000_000_000_000n;
const MAX_BRANDS = 20;

/** "B-1234.5678" → "B12345678": what two spellings of one tax id have in common. */
export function taxIdKeyOf(taxId: string): string {
  return taxId.toUpperCase().replace(/[^0-9A-Z]/g, "");
}

/** "https://", added when someone typed "acme.example"; null when it is not a web address. */
export function normaliseWebsite(text: string): string | null {
  const candidate = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(candidate);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    if (!url.hostname.includes(".") || url.username || url.password) return null;
    return url.toString();
  } catch {
    return null;
  }
}

/** "Acme, Globex\nInitech" → ["Acme", "Globex", "Initech"], duplicates dropped. */
export function brandsOf(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const brand of text.split(/[,;\n]/).map((part) => part.trim()).filter(Boolean)) {
    const key = brand.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(brand);
    }
  }
  return out;
}

/** The amount typed for the yearly volume, in minor units, or null when it is not one. */
export function volumeOf(text: string, currency: string): bigint | null {
  return typedAmount(text, currency, MAX_VOLUME_MAJOR);
}

const optionalText = (max: number) => z.string().trim().max(max).default("");
const hasValue = (payload: { value: unknown }, ...keys: string[]) =>
  keys.every((key) => typeof (payload.value as Record<string, unknown> | undefined)?.[key] === "string");

/**
 * The public application form (`/<tenant>/apply`). `nickname` is a honeypot: hidden from
 * people, filled by bots; the service then answers as if it had stored the application.
 * Cross-field rules run even while other fields are wrong, so every problem shows at once.
 */
export const applicationFormSchema = z
  .object({
    tenant: z.string().trim().min(1).max(40),
    locale: z.enum(LOCALES).catch("en"),
    companyName: z.string().trim().min(2, { message: "validation.required" }).max(160),
    taxId: z
      .string()
      .trim()
      .max(40)
      .refine((value) => taxIdKeyOf(value).length >= 4, { message: "applications.validation.taxId" }),
    partnerType: z.enum(PARTNER_TYPES, { message: "validation.partnerType" }),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .refine((value) => /^[A-Z]{2}$/.test(value), { message: "validation.country" }),
    region: optionalText(120),
    website: optionalText(300),
    contactName: personNameSchema,
    contactEmail: emailSchema,
    contactPhone: optionalText(40),
    contactPhoneCountry: z.string().trim().toUpperCase().max(2).optional(),
    expectedVolume: z.string().trim().min(1, { message: "validation.required" }).max(30),
    currency: z.enum(CURRENCIES, { message: "validation.required" }),
    brands: z.string().max(2000).default(""),
    nickname: z.string().max(200).default(""),
  })
  .refine((v) => v.website === "" || normaliseWebsite(v.website) !== null, {
    path: ["website"],
    message: "applications.validation.website",
    when: (payload) => hasValue(payload, "website"),
  })
  .refine((v) => v.contactPhone === "" || toE164(v.contactPhone, v.contactPhoneCountry || v.country) !== null, {
    path: ["contactPhone"],
    message: "validation.phone",
    when: (payload) => hasValue(payload, "contactPhone", "country"),
  })
  .refine((v) => volumeOf(v.expectedVolume, v.currency) !== null, {
    path: ["expectedVolume"],
    message: "applications.validation.volume",
    when: (payload) => hasValue(payload, "expectedVolume", "currency"),
  })
  .refine((v) => brandsOf(v.brands).length <= MAX_BRANDS && brandsOf(v.brands).every((b) => b.length <= 80), {
    path: ["brands"],
    message: "applications.validation.brands",
    when: (payload) => hasValue(payload, "brands"),
  });
export type ApplicationFormInput = z.input<typeof applicationFormSchema>;
export type ApplicationFormValues = z.output<typeof applicationFormSchema>;

/** What the service stores, from the form's values (each rule above already held). */
export function applicationFields(v: ApplicationFormValues) {
  return {
    companyName: v.companyName,
    taxId: v.taxId,
    taxIdKey: taxIdKeyOf(v.taxId),
    partnerType: v.partnerType,
    country: v.country,
    region: v.region || null,
    website: v.website ? normaliseWebsite(v.website) : null,
    contactName: v.contactName,
    contactEmail: v.contactEmail,
    contactPhone: v.contactPhone ? toE164(v.contactPhone, v.contactPhoneCountry || v.country) : null,
    expectedVolumeMinor: volumeOf(v.expectedVolume, v.currency)!,
    currency: v.currency,
    brands: brandsOf(v.brands),
    locale: v.locale,
  };
}

/** Approve: an optional note for the applicant. Reject: the reason, required. */
export const approveApplicationSchema = z.object({
  applicationId: z.string().min(1).max(64),
  reason: z.string().trim().max(1000).default(""),
  /** the program the new partner is enrolled in (lib/programs); empty = none yet */
  programId: z.string().trim().max(64).default(""),
});
export const rejectApplicationSchema = z.object({
  applicationId: z.string().min(1).max(64),
  reason: z.string().trim().min(1, { message: "errors.REASON_REQUIRED" }).max(1000),
});
/** The program is optional for callers other than the form (seeds, tests). */
export type ApproveApplicationInput = Omit<z.infer<typeof approveApplicationSchema>, "programId"> & { programId?: string };
export type RejectApplicationInput = z.infer<typeof rejectApplicationSchema>;

/** The tenant's switch on its settings page. */
const checkbox = z.union([z.boolean(), z.string().max(8)]).transform((value) => value === true || value === "on" || value === "true");
export const applicationRulesSchema = z.object({ partnerApplicationsOpen: checkbox.default(false) });
export type ApplicationRulesInput = z.infer<typeof applicationRulesSchema>;

/** The queue's URL state: `?q=&status=PENDING&sort=-created&page=2`. */
export const applicationListQuery = defineListQuery({
  sorts: ["created", "company", "status"],
  defaultSort: { id: "created", desc: true },
  filters: {
    q: z.string().trim().max(100).optional().catch(undefined),
    status: z.enum(APPLICATION_STATUSES).optional().catch(undefined),
  },
});
export const APPLICATION_LIST_FILTERS = ["q", "status"] as const;
export type ApplicationListQuery = ReturnType<typeof applicationListQuery.parse>;
