import { z } from "zod";
import { emailSchema, personNameSchema } from "@/lib/tenancy/schema";

/**
 * A partner's company profile and contacts (lib/partners/profile.ts, contacts.ts): the
 * same schemas for the vendor's forms and the partner admin's, server and browser.
 * Optional text: empty means "not given" (stored as null).
 */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => value || null);

/** Company and desk phones are often landlines: digits and the usual separators, + first. */
const phoneText = z
  .string()
  .trim()
  .max(40)
  .refine((value) => value === "" || /^\+?[0-9][0-9 ()./-]{4,38}$/.test(value), { message: "partnerProfile.validation.phone" })
  .transform((value) => value || null);

const websiteText = z
  .string()
  .trim()
  .max(200)
  .transform((value) => (value && !/^https?:\/\//i.test(value) ? `https://${value}` : value))
  .refine(
    (value) => {
      if (!value) return true;
      try {
        const url = new URL(value);
        return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
      } catch {
        return false;
      }
    },
    { message: "partnerProfile.validation.website" },
  )
  .transform((value) => value || null);

/** Optimistic version sent by the form (the one it was loaded with). */
const versionField = z.coerce.number().int().min(0).max(2_147_483_647);

export const partnerProfileFields = z.object({
  legalName: optionalText(200),
  taxId: optionalText(40),
  website: websiteText,
  phone: phoneText,
  industry: optionalText(80),
  addressLine1: optionalText(200),
  addressLine2: optionalText(200),
  city: optionalText(100),
  region: optionalText(100),
  postalCode: optionalText(20),
  version: versionField,
});
export type PartnerProfileFields = z.infer<typeof partnerProfileFields>;

/** The vendor edits any partner's profile; the partner admin its own (no partnerId field). */
export const updatePartnerProfileSchema = partnerProfileFields.extend({ partnerId: z.string().min(1).max(64) });
export type UpdatePartnerProfileInput = z.infer<typeof updatePartnerProfileSchema>;

const contactFields = z.object({
  name: personNameSchema,
  role: optionalText(120),
  email: z.union([z.literal(""), emailSchema]).transform((value) => value || null),
  phone: phoneText,
  // A checkbox: true from the live form, "on" (or nothing) from a form posted without JavaScript.
  primary: z
    .union([z.boolean(), z.enum(["on", "true", "false", ""])])
    .optional()
    .transform((value) => value === true || value === "on" || value === "true"),
});

/** A new contact (the vendor names the partner; a partner admin adds to its own). */
export const contactSchema = contactFields;
export const createContactSchema = contactFields.extend({ partnerId: z.string().min(1).max(64) });
/** An edit of one contact, with the version it was loaded at. */
export const updateContactSchema = contactFields.extend({ contactId: z.string().min(1).max(64), version: versionField });
export const deleteContactSchema = z.object({ contactId: z.string().min(1).max(64), version: versionField });
export type ContactInput = z.infer<typeof contactSchema>;
export type CreateContactInput = z.infer<typeof createContactSchema>;
export type UpdateContactInput = z.infer<typeof updateContactSchema>;
export type DeleteContactInput = z.infer<typeof deleteContactSchema>;
