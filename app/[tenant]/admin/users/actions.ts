"use server";

import type { VendorCtx } from "@/lib/auth/context";
import { vendorAction } from "@/lib/auth/wrappers";
import { changeRoleSchema, inviteVendorUserSchema, membershipIdSchema } from "@/lib/users/schema";
import {
  changeMemberRole,
  deactivateMember,
  inviteVendorUser,
  reactivateMember,
  resendInvitation,
} from "@/lib/users/service";

const usersPath = (ctx: VendorCtx) => `/${ctx.tenant.slug}/admin/users`;

/** Only what the form needs goes back to the browser, not the whole membership row. */
export const inviteUserAction = vendorAction(
  "users.manage",
  inviteVendorUserSchema,
  async (ctx, input) => {
    await inviteVendorUser(ctx, input);
    return { email: input.email };
  },
  { revalidate: usersPath },
);

export const changeRoleAction = vendorAction(
  "users.manage",
  changeRoleSchema,
  async (ctx, input) => {
    const updated = await changeMemberRole(ctx, input);
    return { role: updated.role };
  },
  { revalidate: usersPath },
);

export const deactivateUserAction = vendorAction(
  "users.manage",
  membershipIdSchema,
  async (ctx, input) => {
    await deactivateMember(ctx, input);
    return null;
  },
  { revalidate: usersPath },
);

export const reactivateUserAction = vendorAction(
  "users.manage",
  membershipIdSchema,
  async (ctx, input) => {
    await reactivateMember(ctx, input);
    return null;
  },
  { revalidate: usersPath },
);

export const resendInvitationAction = vendorAction(
  "users.manage",
  membershipIdSchema,
  async (ctx, input) => {
    await resendInvitation(ctx, input);
    return null;
  },
  { revalidate: usersPath },
);
