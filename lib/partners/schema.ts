import { z } from "zod";
import { emailSchema, personNameSchema } from "@/lib/tenancy/schema";
import { inviteRows } from "@/lib/users/schema";

export const PARTNER_TYPES = ["DISTRIBUTOR", "WHOLESALER", "RETAILER", "VAR", "OEM", "REFERRAL"] as const;
export const PARTNER_STATUSES = ["PROSPECT", "ONBOARDING", "ACTIVE", "SUSPENDED", "OFFBOARDED"] as const;
export const PARTNER_ROLES = ["PARTNER_ADMIN", "PARTNER_USER"] as const;

export const createPartnerSchema = z.object({
  name: z.string().trim().min(2, { message: "validation.required" }).max(160),
  type: z.enum(PARTNER_TYPES, { message: "validation.partnerType" }),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((value) => value === "" || /^[A-Z]{2}$/.test(value), { message: "validation.country" })
    .transform((value) => value || null),
});
export type CreatePartnerInput = z.infer<typeof createPartnerSchema>;

const partnerInviteeSchema = z.object({
  email: emailSchema,
  name: personNameSchema,
  role: z.enum(PARTNER_ROLES, { message: "validation.role" }),
});

export const invitePartnerUserSchema = partnerInviteeSchema.extend({ partnerId: z.string().min(1).max(64) });
export type InvitePartnerUserInput = z.infer<typeof invitePartnerUserSchema>;

/** Several people to one partner's portal at once. */
export const invitePartnerUsersSchema = z.object({
  partnerId: z.string().min(1).max(64),
  invites: inviteRows(partnerInviteeSchema),
});
export type InvitePartnerUsersInput = z.infer<typeof invitePartnerUsersSchema>;

export const partnerListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(PARTNER_STATUSES).optional().catch(undefined),
});
