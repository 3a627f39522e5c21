"use server";

import type { VendorCtx } from "@/lib/auth/context";
import { vendorAction } from "@/lib/auth/wrappers";
import { changeRoleSchema, inviteVendorUsersSchema, membershipIdSchema } from "@/lib/users/schema";
import {
  changeMemberRole,
  deactivateMember,
  inviteVendorUsers,
  reactivateMember,
  resendInvitation,
} from "@/lib/users/service";

const usersPath = (ctx: VendorCtx) => `/${ctx.tenant.slug}/admin/users`;

/** Invites one or more people (all or none); only their addresses go back to the browser. */
export const inviteUserAction = vendorAction(
  "users.manage",
  inviteVendorUsersSchema,
  async (ctx, input) => {
    await inviteVendorUsers(ctx, input);
    return { emails: input.invites.map((invite) => invite.email) };
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
