import { z } from "zod";
import { defineListQuery } from "@/lib/lists/query";
import { emailSchema, personNameSchema } from "@/lib/tenancy/schema";
import { inviteRows } from "@/lib/users/schema";
import { PARTNER_TYPES, MAX_SEAT_LIMIT } from "./constants";

export { PARTNER_TYPES, MAX_SEAT_LIMIT };
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
  /** where it starts: ONBOARDING (default) or PROSPECT, a company still being talked to */
  status: z.enum(["PROSPECT", "ONBOARDING"]).optional(),
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


/** The vendor's rules for one partner: seat limit (empty = none) and channel manager (empty = none). */
export const updatePartnerAccountSchema = z.object({
  partnerId: z.string().min(1).max(64),
  seatLimit: z.union([z.number(), z.string().trim().max(6)]).transform((value, ctx) => {
    if (value === "") return null;
    const number = typeof value === "number" ? value : Number(value);
    if (!Number.isInteger(number) || number < 0 || number > MAX_SEAT_LIMIT) {
      ctx.addIssue({ code: "custom", message: "team.validation.seatLimit" });
      return z.NEVER;
    }
    return number;
  }),
  channelManagerId: z
    .string()
    .trim()
    .max(64)
    .transform((value) => value || null),
});
export type UpdatePartnerAccountInput = z.infer<typeof updatePartnerAccountSchema>;

/** A portal seat the vendor acts on. */
export const partnerUserIdSchema = z.object({ partnerUserId: z.string().min(1).max(64) });

/** A partner admin inviting teammates: the partner is their own, never a field. */
export const inviteTeammatesSchema = z.object({ invites: inviteRows(partnerInviteeSchema) });
export type InviteTeammateInput = z.infer<typeof partnerInviteeSchema>;
export type InviteTeammatesInput = z.infer<typeof inviteTeammatesSchema>;

/** A teammate's seat a partner admin acts on. */
export const teammateIdSchema = z.object({ seatId: z.string().min(1).max(64) });

/**
 * A lifecycle change from the partner page: `from` is the status the page showed (a change
 * made meanwhile elsewhere is refused as STALE_EDIT), the reason is required by every
 * transition (the service says so with REASON_REQUIRED on the field).
 */
export const changePartnerStatusSchema = z.object({
  partnerId: z.string().min(1).max(64),
  from: z.enum(PARTNER_STATUSES),
  to: z.enum(PARTNER_STATUSES, { message: "validation.required" }),
  reason: z.string().trim().min(1, { message: "errors.REASON_REQUIRED" }).max(1000),
});
export type ChangePartnerStatusInput = z.infer<typeof changePartnerStatusSchema>;

/** The partner whose portal a vendor user previews. */
export const previewPartnerSchema = z.object({ partnerId: z.string().min(1).max(64) });

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
