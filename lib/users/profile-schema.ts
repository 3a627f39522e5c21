import { z } from "zod";
import { toE164 } from "@/lib/phone";
import { LOCALES, personNameSchema } from "@/lib/tenancy/schema";

// Apart from ./schema.ts: the phone rules bring libphonenumber-js's metadata, which only
// the profile form should send to the browser.

/**
 * The profile: a mobile number typed nationally with its country (`phoneCountry`, from the
 * form's picker) or internationally; it leaves the schema as E.164, or "" for none.
 */
export const profileSchema = z
  .object({
    name: personNameSchema,
    locale: z.enum(LOCALES),
    phone: z.string().trim().max(40),
    phoneCountry: z.string().trim().toUpperCase().max(2).optional(),
  })
  // Checked even when another field is wrong, so every problem shows at once.
  .refine((v) => v.phone === "" || toE164(v.phone, v.phoneCountry) !== null, {
    path: ["phone"],
    message: "validation.phone",
    when: (payload) => typeof (payload.value as { phone?: unknown })?.phone === "string",
  })
  .transform(({ name, locale, phone, phoneCountry }) => ({
    name,
    locale,
    phone: phone === "" ? "" : (toE164(phone, phoneCountry) ?? ""),
  }));
export type ProfileInput = z.infer<typeof profileSchema>;
