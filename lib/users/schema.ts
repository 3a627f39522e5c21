import { z } from "zod";
import { emailSchema, LOCALES, newPasswordSchema, personNameSchema } from "@/lib/tenancy/schema";

export const VENDOR_ROLES = ["TENANT_ADMIN", "CHANNEL_MANAGER", "SALES_REP", "FINANCE"] as const;

export const inviteVendorUserSchema = z.object({
  email: emailSchema,
  name: personNameSchema,
  role: z.enum(VENDOR_ROLES, { message: "validation.role" }),
});
export type InviteVendorUserInput = z.infer<typeof inviteVendorUserSchema>;

export const membershipIdSchema = z.object({ membershipId: z.string().min(1).max(64) });

export const changeRoleSchema = membershipIdSchema.extend({ role: z.enum(VENDOR_ROLES, { message: "validation.role" }) });

/** E.164: + and 8–15 digits; spaces and dashes typed by people are removed first. */
export const phoneSchema = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s\-().]/g, ""))
  .refine((value) => value === "" || /^\+[1-9]\d{7,14}$/.test(value), { message: "validation.phone" });

export const profileSchema = z.object({
  name: personNameSchema,
  locale: z.enum(LOCALES),
  phone: phoneSchema,
});
export type ProfileInput = z.infer<typeof profileSchema>;

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, { message: "validation.required" }).max(1024),
  newPassword: newPasswordSchema,
});

export const requestResetSchema = z.object({ email: emailSchema });
export const resetPasswordSchema = z.object({ token: z.string().min(10).max(200), password: newPasswordSchema });
export const acceptInvitationSchema = z.object({
  token: z.string().min(10).max(200),
  name: personNameSchema,
  password: newPasswordSchema,
});
