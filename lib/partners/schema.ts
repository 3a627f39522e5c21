import { z } from "zod";
import { defineListQuery } from "@/lib/lists/query";
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

export type PartnerTypeValue = (typeof PARTNER_TYPES)[number];
export type PartnerStatusValue = (typeof PARTNER_STATUSES)[number];
export type PartnerRoleValue = (typeof PARTNER_ROLES)[number];

/** The partner list's URL state: `?q=&status=&type=&sort=-created&page=2`. */
export const partnerListQuery = defineListQuery({
  sorts: ["name", "type", "status", "country", "tier", "users", "created"],
  defaultSort: { id: "name", desc: false },
  filters: {
    q: z.string().trim().max(100).optional().catch(undefined),
    status: z.enum(PARTNER_STATUSES).optional().catch(undefined),
    type: z.enum(PARTNER_TYPES).optional().catch(undefined),
  },
});
export const PARTNER_LIST_FILTERS = ["q", "status", "type"] as const;
export type PartnerListQuery = ReturnType<typeof partnerListQuery.parse>;
export type PartnerSort = PartnerListQuery["sort"]["id"];
