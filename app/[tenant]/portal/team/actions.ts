"use server";

import type { PartnerCtx } from "@/lib/auth/context";
import { partnerAction } from "@/lib/auth/wrappers";
import { inviteTeammatesSchema, teammateIdSchema } from "@/lib/partners/schema";
import { deactivateTeammate, inviteTeammates, reactivateTeammate, resendTeammateInvitation } from "@/lib/partners/team";

/**
 * Partner self-service on the portal's team page: the partner is the session's own (never a
 * field), and the vendor's rules (self-service on, seat limit) are the service's to check.
 * A vendor previewing the portal is refused each of these by the action wrapper.
 */
const teamPath = (ctx: PartnerCtx) => `/${ctx.tenant.slug}/portal/team`;

/** Invites one or more teammates (all or none); only their addresses go back to the browser. */
export const inviteTeammateAction = partnerAction(
  "partnerTeam.manage",
  inviteTeammatesSchema,
  async (ctx, input) => {
    await inviteTeammates(ctx, input);
    return { emails: input.invites.map((invite) => invite.email) };
  },
  { revalidate: teamPath },
);

export const resendTeammateInvitationAction = partnerAction(
  "partnerTeam.manage",
  teammateIdSchema,
  async (ctx, input) => {
    await resendTeammateInvitation(ctx, input);
    return null;
  },
  { revalidate: teamPath },
);

export const deactivateTeammateAction = partnerAction(
  "partnerTeam.manage",
  teammateIdSchema,
  async (ctx, input) => {
    await deactivateTeammate(ctx, input);
    return null;
  },
  { revalidate: teamPath },
);

export const reactivateTeammateAction = partnerAction(
  "partnerTeam.manage",
  teammateIdSchema,
  async (ctx, input) => {
    await reactivateTeammate(ctx, input);
    return null;
  },
  { revalidate: teamPath },
);
