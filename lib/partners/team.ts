import "server-only";
import { authorize, scopeOf, type PartnerCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { inviteEach } from "@/lib/seats/invitee";
import { deactivateSeat, inviteSeat, reactivateSeat, resendSeat } from "@/lib/seats/lifecycle";
import type { InviteTeammateInput, InviteTeammatesInput } from "./schema";
import { visiblePortalSeats, visibleTeam } from "./scope";
import { seatCountsOf } from "./seat-counts";
import { portalSeatOf } from "./seats";
import type { PortalSeat, PortalSeatChange, TeamRules } from "./types";

/**
 * A partner's team as its partner admins see and manage it in the portal (partner
 * self-service): the same seat lifecycle as the back office (lib/seats), with the scope
 * "this partner's seats" — the partner from the session, never from input, so another
 * partner's seat id is NOT_FOUND — and within the vendor's rules: the tenant may keep
 * team management to itself (`partnerTeamSelfService`), and the partner's seat limit
 * counts every invitation and reactivation. Row-level security lets a partner session
 * write only its own partner's seats.
 */

const SEAT = {
  id: true,
  userId: true,
  role: true,
  status: true,
  user: { select: { name: true, email: true, lastLoginAt: true } },
} as const;

const ownSeats = (ctx: PartnerCtx) => ({ kind: "partner" as const, partnerId: ctx.partnerId });

/** The partner's own portal users (switched-off ones left out), for its team page. */
export async function listOwnTeam(ctx: PartnerCtx): Promise<PortalSeat[]> {
  authorize(ctx, "partnerTeam.read");
  return withReadScope(scopeOf(ctx), (tx) =>
    tx.partnerUser.findMany({
      where: visibleTeam(ctx),
      select: SEAT,
      orderBy: { createdAt: "asc" },
    }),
  );
}

/** Switched-off teammates, whom a partner admin may bring back. */
export async function listDeactivatedTeammates(ctx: PartnerCtx): Promise<PortalSeat[]> {
  authorize(ctx, "partnerTeam.manage");
  return withReadScope(scopeOf(ctx), (tx) =>
    tx.partnerUser.findMany({
      where: { ...visiblePortalSeats(ctx), status: "DEACTIVATED" },
      select: SEAT,
      orderBy: { updatedAt: "desc" },
    }),
  );
}

async function rulesOf(tx: Tx, ctx: PartnerCtx): Promise<TeamRules> {
  const [tenant, partner, seats] = await Promise.all([
    tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { partnerTeamSelfService: true } }),
    tx.partner.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: ctx.partnerId } },
      select: { seatLimit: true },
    }),
    seatCountsOf(tx, ctx.tenantId, ctx.partnerId),
  ]);
  return { selfService: tenant.partnerTeamSelfService, seatLimit: partner.seatLimit, seats };
}

/** The vendor's rules for this team and its seats by state (the team page's header). */
export async function getTeamRules(ctx: PartnerCtx): Promise<TeamRules> {
  authorize(ctx, "partnerTeam.read");
  return withReadScope(scopeOf(ctx), (tx) => rulesOf(tx, ctx));
}

/** Refuses when the vendor keeps team management to itself. */
async function assertSelfService(tx: Tx, ctx: PartnerCtx): Promise<void> {
  const { selfService } = await rulesOf(tx, ctx);
  if (!selfService) throw new AppError("SELF_SERVICE_OFF", { params: { vendor: ctx.tenant.name } });
}

/** A partner admin invites someone to their own partner's portal. */
export async function inviteTeammate(ctx: PartnerCtx, input: InviteTeammateInput): Promise<PortalSeatChange> {
  authorize(ctx, "partnerTeam.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    await assertSelfService(tx, ctx);
    return inviteOwn(tx, ctx, input);
  });
}

/** …several at once: all of them, or none when one row is refused (or the seats run out). */
export async function inviteTeammates(ctx: PartnerCtx, input: InviteTeammatesInput): Promise<PortalSeatChange[]> {
  authorize(ctx, "partnerTeam.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    await assertSelfService(tx, ctx);
    return inviteEach(input.invites, (row) => inviteOwn(tx, ctx, row));
  });
}

async function inviteOwn(tx: Tx, ctx: PartnerCtx, input: InviteTeammateInput): Promise<PortalSeatChange> {
  const partner = { id: ctx.partnerId, name: ctx.partner.name };
  return portalSeatOf(await inviteSeat(tx, ctx, { kind: "partner", role: input.role, partner }, input));
}

/** …sends a teammate's invitation again. */
export async function resendTeammateInvitation(ctx: PartnerCtx, input: { seatId: string }): Promise<PortalSeatChange> {
  authorize(ctx, "partnerTeam.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    await assertSelfService(tx, ctx);
    return portalSeatOf(await resendSeat(tx, ctx, ownSeats(ctx), input.seatId));
  });
}

/** …switches a teammate's access off (never their own). */
export async function deactivateTeammate(ctx: PartnerCtx, input: { seatId: string }): Promise<PortalSeatChange> {
  authorize(ctx, "partnerTeam.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    await assertSelfService(tx, ctx);
    return portalSeatOf(await deactivateSeat(tx, ctx, ownSeats(ctx), input.seatId));
  });
}

/** …gives a teammate access back, within the seat limit. */
export async function reactivateTeammate(ctx: PartnerCtx, input: { seatId: string }): Promise<PortalSeatChange> {
  authorize(ctx, "partnerTeam.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    await assertSelfService(tx, ctx);
    return portalSeatOf(await reactivateSeat(tx, ctx, ownSeats(ctx), input.seatId));
  });
}
