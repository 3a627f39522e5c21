import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { CURRENCIES } from "./constants";

export const LOCALES = ["en", "es"] as const;
export { CURRENCIES };

/**
 * Workspace addresses that can never be a tenant's slug. First every top-level route of
 * the app (static routes win over /[tenant], so a tenant with such a slug would be
 * unreachable): tests/unit/reserved-slugs.test.ts walks app/ and fails when a new
 * top-level route is missing here. Then names kept for routes and pages to come.
 */
export const APP_ROUTE_SLUGS = [
  "actions",
  "api",
  "dev",
  "forgot-password",
  "icons",
  "invite",
  "login",
  "reset-password",
  "signup",
  "unsubscribe",
  "verify-email",
  "workspaces",
] as const;

export const RESERVED_SLUGS: readonly string[] = [
  ...APP_ROUTE_SLUGS,
  "_next",
  "about",
  "account",
  "accounts",
  "admin",
  "app",
  "assets",
  "auth",
  "billing",
  "blog",
  "docs",
  "help",
  "logout",
  "mail",
  "portal",
  "pricing",
  "privacy",
  "public",
  "register",
  "security",
  "settings",
  "sign-in",
  "sign-up",
  "static",
  "status",
  "support",
  "terms",
  "www",
];

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, { message: "validation.slugTooShort" })
  .max(40, { message: "validation.slugTooLong" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "validation.slugFormat" })
  .refine((slug) => !RESERVED_SLUGS.includes(slug), { message: "validation.slugReserved" });

export const timeZoneSchema = z
  .string()
  .trim()
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, { message: "validation.timeZone" });

/** E-mail addresses are compared and stored trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const emailSchema = z.string().trim().toLowerCase().max(254).email({ message: "validation.email" });
export const personNameSchema = z.string().trim().min(1, { message: "validation.required" }).max(120);
/** Length here, so forms show it with every other problem; strength is checked by the services. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: "validation.passwordTooShort" })
  .max(PASSWORD_MAX_LENGTH, { message: "validation.passwordTooLong" });

export const signUpSchema = z.object({
  tenantName: z.string().trim().min(2, { message: "validation.required" }).max(120),
  slug: slugSchema,
  defaultLocale: z.enum(LOCALES),
  currency: z.enum(CURRENCIES),
  timeZone: timeZoneSchema,
  adminName: personNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const tenantSettingsSchema = z.object({
  name: z.string().trim().min(2, { message: "validation.required" }).max(120),
  defaultLocale: z.enum(LOCALES),
  currency: z.enum(CURRENCIES),
  timeZone: timeZoneSchema,
});
export type TenantSettingsInput = z.infer<typeof tenantSettingsSchema>;

/** A checkbox as forms send it ("on", "true") or a boolean; anything else is "off". */
const checkbox = z.union([z.boolean(), z.string().max(8)]).transform((value) => value === true || value === "on" || value === "true");

/** The vendor's rules for partner teams: may partner admins manage their own team in the portal? */
export const partnerTeamRulesSchema = z.object({ partnerTeamSelfService: checkbox.default(false) });
export type PartnerTeamRulesInput = z.infer<typeof partnerTeamRulesSchema>;

/** Verification link of a pending sign-up, confirmed with the password chosen at sign-up. */
export const completeSignupSchema = z.object({
  token: z.string().min(10).max(200),
  password: z.string().min(1, { message: "validation.required" }).max(1024),
});

/** "Send the link again": the address and the password chosen at sign-up. */
export const resendVerificationSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { message: "validation.required" }).max(1024),
});
