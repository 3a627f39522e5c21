import { z } from "zod";
import { emailSchema, newPasswordSchema, personNameSchema } from "@/lib/tenancy/schema";
import { MAX_INVITES_AT_ONCE } from "./constants";

export const VENDOR_ROLES = ["TENANT_ADMIN", "CHANNEL_MANAGER", "SALES_REP", "FINANCE"] as const;

export const inviteVendorUserSchema = z.object({
  email: emailSchema,
  name: personNameSchema,
  role: z.enum(VENDOR_ROLES, { message: "validation.role" }),
});
export type InviteVendorUserInput = z.infer<typeof inviteVendorUserSchema>;

export { MAX_INVITES_AT_ONCE };

/**
 * The rows of a form that invites several people at once (1 to MAX_INVITES_AT_ONCE); an
 * address given twice is refused on its second row, even while other rows have problems.
 */
export function inviteRows<Row extends z.ZodObject<{ email: typeof emailSchema }>>(row: Row) {
  return z
    .array(row)
    .min(1, { message: "validation.required" })
    .max(MAX_INVITES_AT_ONCE, { message: "validation.tooManyRows" })
    .superRefine(
      (rows, ctx) => {
        const seen = new Set<string>();
        rows.forEach((entry, index) => {
          const email = typeof entry?.email === "string" ? entry.email.trim().toLowerCase() : "";
          if (!email) return;
          if (seen.has(email)) ctx.addIssue({ code: "custom", path: [index, "email"], message: "validation.duplicateEmail" });
          seen.add(email);
        });
      },
      { when: (payload) => Array.isArray(payload.value) },
    );
}

export const inviteVendorUsersSchema = z.object({ invites: inviteRows(inviteVendorUserSchema) });
export type InviteVendorUsersInput = z.infer<typeof inviteVendorUsersSchema>;

export const membershipIdSchema = z.object({ membershipId: z.string().min(1).max(64) });

export const changeRoleSchema = membershipIdSchema.extend({ role: z.enum(VENDOR_ROLES, { message: "validation.role" }) });


export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, { message: "validation.required" }).max(1024),
  newPassword: newPasswordSchema,
});

/** The change-password form: the new password typed twice (checked with the other rules). */
export const changePasswordFormSchema = changePasswordSchema
  .extend({ confirmPassword: z.string().max(1024) })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "validation.passwordMismatch",
    when: (payload) => {
      const value = payload.value as { newPassword?: unknown; confirmPassword?: unknown } | undefined;
      return typeof value?.newPassword === "string" && typeof value.confirmPassword === "string";
    },
  });

export const requestResetSchema = z.object({ email: emailSchema });
export const resetPasswordSchema = z.object({ token: z.string().min(10).max(200), password: newPasswordSchema });

/** The reset form: the new password typed twice (checked with the other rules). */
export const resetPasswordFormSchema = resetPasswordSchema
  .extend({ confirmPassword: z.string().max(1024) })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "validation.passwordMismatch",
    when: (payload) => {
      const value = payload.value as { password?: unknown; confirmPassword?: unknown } | undefined;
      return typeof value?.password === "string" && typeof value.confirmPassword === "string";
    },
  });

/**
 * The sign-in form, checked in the browser before next-auth is asked (which answers
 * only "invalid credentials", never which field).
 */
export const signInFormSchema = z.object({
  email: z.string().trim().min(1, { message: "auth.errors.emailRequired" }).max(254),
  password: z.string().min(1, { message: "auth.errors.passwordRequired" }).max(1024),
});
export const acceptInvitationSchema = z.object({
  token: z.string().min(10).max(200),
  name: personNameSchema,
  password: newPasswordSchema,
});
