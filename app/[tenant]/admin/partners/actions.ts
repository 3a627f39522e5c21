"use server";

import type { VendorCtx } from "@/lib/auth/context";
import { vendorAction } from "@/lib/auth/wrappers";
import {
  createPartnerSchema,
  invitePartnerUsersSchema,
  partnerUserIdSchema,
  updatePartnerAccountSchema,
} from "@/lib/partners/schema";
import {
  createPartner,
  deactivatePartnerUser,
  invitePartnerUsers,
  reactivatePartnerUser,
  resendPartnerInvitation,
  updatePartnerAccount,
} from "@/lib/partners/service";

const partnersPath = (ctx: VendorCtx) => `/${ctx.tenant.slug}/admin/partners`;
const partnerPath = (ctx: VendorCtx, partnerId: string) => `${partnersPath(ctx)}/${partnerId}`;

/** Creates the partner and opens its page, where portal users are invited next. */
export const createPartnerAction = vendorAction(
  "partners.manage",
  createPartnerSchema,
  async (ctx, input) => {
    const partner = await createPartner(ctx, input);
    return { id: partner.id };
  },
  { revalidate: partnersPath, redirectTo: (ctx, result) => partnerPath(ctx, result.id) },
);

export const invitePartnerUserAction = vendorAction(
  "partnerUsers.manage",
  invitePartnerUsersSchema,
  async (ctx, input) => {
    await invitePartnerUsers(ctx, input);
    return { emails: input.invites.map((invite) => invite.email), partnerId: input.partnerId };
  },
  { revalidate: (ctx, result) => partnerPath(ctx, result.partnerId) },
);

export const deactivatePartnerUserAction = vendorAction(
  "partnerUsers.manage",
  partnerUserIdSchema,
  async (ctx, input) => {
    const seat = await deactivatePartnerUser(ctx, input);
    return { partnerId: seat.partnerId };
  },
  { revalidate: (ctx, result) => partnerPath(ctx, result.partnerId) },
);

export const reactivatePartnerUserAction = vendorAction(
  "partnerUsers.manage",
  partnerUserIdSchema,
  async (ctx, input) => {
    const seat = await reactivatePartnerUser(ctx, input);
    return { partnerId: seat.partnerId };
  },
  { revalidate: (ctx, result) => partnerPath(ctx, result.partnerId) },
);

export const resendPartnerInvitationAction = vendorAction(
  "partnerUsers.manage",
  partnerUserIdSchema,
  async (ctx, input) => {
    const seat = await resendPartnerInvitation(ctx, input);
    return { partnerId: seat.partnerId };
  },
  { revalidate: (ctx, result) => partnerPath(ctx, result.partnerId) },
);

/** The vendor's rules for one partner: channel manager and seat limit. */
export const updatePartnerAccountAction = vendorAction(
  "partners.manage",
  updatePartnerAccountSchema,
  async (ctx, input) => {
    const partner = await updatePartnerAccount(ctx, input);
    return { partnerId: partner.id };
  },
  { revalidate: (ctx, result) => partnerPath(ctx, result.partnerId) },
);
