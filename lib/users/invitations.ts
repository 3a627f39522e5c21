import "server-only";
import { authorize, type UserCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { acceptSeats, declineSeat } from "@/lib/seats/acceptance";
import type { SeatKind } from "@/lib/seats/types";

export type PendingInvitation = {
  kind: SeatKind;
  seatId: string;
  tenantName: string;
  /** role enum value, translated by the UI */
  role: string;
  partnerName: string | null;
  invitedAt: Date;
};

/** Seats offered to the signed-in person that they have not answered (workspace chooser). */
export async function listPendingInvitations(ctx: UserCtx): Promise<PendingInvitation[]> {
  authorize(ctx, "workspaces.read");
  const userId = ctx.user.id;
  return withReadScope({ audience: "anonymous", userId }, async (tx) => {
    const [memberships, partnerSeats] = await Promise.all([
      tx.membership.findMany({
        where: { userId, status: "INVITED" },
        select: { id: true, role: true, createdAt: true, tenant: { select: { name: true } } },
      }),
      tx.partnerUser.findMany({
        where: { userId, status: "INVITED", partner: { status: { not: "OFFBOARDED" } } },
        select: { id: true, role: true, createdAt: true, tenant: { select: { name: true } }, partner: { select: { name: true } } },
      }),
    ]);
    return [
      ...memberships.map((m) => ({ kind: "vendor" as const, seatId: m.id, tenantName: m.tenant.name, role: m.role, partnerName: null, invitedAt: m.createdAt })),
      ...partnerSeats.map((p) => ({ kind: "partner" as const, seatId: p.id, tenantName: p.tenant.name, role: p.role, partnerName: p.partner.name, invitedAt: p.createdAt })),
    ].sort((a, b) => b.invitedAt.getTime() - a.invitedAt.getTime());
  });
}

/**
 * The signed-in person accepts (the seat becomes ACTIVE) or declines (the seat is
 * removed) an invitation addressed to them. Only their own INVITED seats qualify; the
 * change is conditional on that state, so a withdrawn or already answered invitation is
 * INVITATION_GONE. Returns where to go.
 */
export async function respondToInvitation(ctx: UserCtx, input: { kind: SeatKind; seatId: string; accept: boolean }) {
  authorize(ctx, "invitations.respond");
  const userId = ctx.user.id;
  const seat = await withScope({ audience: "anonymous", userId }, (tx) => {
    const where = { id: input.seatId, userId, status: "INVITED" as const };
    return input.kind === "vendor"
      ? tx.membership.findFirst({ where, select: { tenantId: true } })
      : tx.partnerUser.findFirst({ where, select: { tenantId: true } });
  });
  if (!seat) throw new AppError("INVITATION_GONE");
  const tenantId = seat.tenantId;

  return withScope({ audience: "system", tenantId, userId }, async (tx) => {
    const seat = { kind: input.kind, id: input.seatId };
    if (input.accept) {
      const { home, activated } = await acceptSeats(tx, { userId, tenantId, name: ctx.user.name, email: ctx.user.email, meta: ctx, seat });
      if (activated !== 1) throw new AppError("INVITATION_GONE");
      return { home };
    }
    if (!(await declineSeat(tx, { userId, tenantId, meta: ctx, seat }))) throw new AppError("INVITATION_GONE");
    return { home: "/workspaces" };
  });
}
