import { z } from "zod";
import { BRAND_COLOR_PATTERN } from "./colors";

/**
 * The brand card of the settings page: a colour (#rrggbb, lower-cased; empty = Canal's
 * blue) and the logo, as the id of a "tenant.logo" upload (empty = no logo).
 */
export const brandSchema = z.object({
  brandColor: z
    .string()
    .trim()
    .toLowerCase()
    .max(7, { message: "branding.validation.color" })
    .refine((value) => value === "" || BRAND_COLOR_PATTERN.test(value), { message: "branding.validation.color" })
    .transform((value) => value || null),
  logoFileId: z
    .string()
    .trim()
    .max(40, { message: "files.validation.unknownFile" })
    .transform((value) => value || null),
});
export type BrandInput = z.infer<typeof brandSchema>;
