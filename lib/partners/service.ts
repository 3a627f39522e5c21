import "server-only";
import { authorize, scopeOf, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { usersWithPermission } from "@/lib/auth/holders";
import { recordAudit } from "@/lib/audit/service";
import { isUniqueViolation } from "@/lib/db/errors";
import { withReadScope } from "@/lib/db/read";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { PartnerStatus } from "@/lib/generated/prisma/enums";
import { createId } from "@/lib/ids";
import { normalizeEmail } from "@/lib/tenancy/schema";
import { publishEvent } from "@/lib/notify/publish";
import { announceSeat, findOrCreateInvitee, inviteEach } from "@/lib/users/invite";
import type { CreatePartnerInput, InvitePartnerUserInput, InvitePartnerUsersInput } from "./schema";
import { visiblePortalSeats, visibleTeam } from "./scope";
import type { PartnerDetail, PartnerProfile, PortalSeat, SeatChange } from "./types";

// The partner list (paging, sorting, filters, CSV export) lives in ./list.ts.
export { exportPartners, listPartners } from "./list";

const PROFILE = { id: true, name: true, type: true, status: true, tier: true, country: true, createdAt: true } as const;
const SEAT = {
  id: true,
  userId: true,
  role: true,
  status: true,
  user: { select: { name: true, email: true, lastLoginAt: true } },
} as const;
const CHANGE = { id: true, partnerId: true, userId: true, role: true, status: true } as const;

/** Only the fields of a seat change, whatever else was loaded to decide it. */
const changeOf = (seat: SeatChange): SeatChange => ({
  id: seat.id,
  partnerId: seat.partnerId,
  userId: seat.userId,
  role: seat.role,
  status: seat.status,
});

/** One partner of this tenant, or 404 (never another tenant's). */
async function getPartnerRow(tx: Tx, ctx: VendorCtx, partnerId: string): Promise<PartnerProfile> {
  const partner = await tx.partner.findUnique({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: partnerId } },
    select: PROFILE,
  });
  if (!partner) throw new AppError("NOT_FOUND");
  return partner;
}

/** A partner's name (its page's title), or NOT_FOUND. */
export async function getPartnerName(ctx: VendorCtx, partnerId: string): Promise<string> {
  authorize(ctx, "partners.read");
  return withReadScope(scopeOf(ctx), async (tx) => (await getPartnerRow(tx, ctx, partnerId)).name);
}

/** Partner detail with its portal users. */
export async function getPartnerOrThrow(ctx: VendorCtx, partnerId: string): Promise<PartnerDetail> {
  authorize(ctx, "partners.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const partner = await getPartnerRow(tx, ctx, partnerId);
    const users = await tx.partnerUser.findMany({
      where: { ...visiblePortalSeats(ctx), partnerId },
      select: SEAT,
      orderBy: { createdAt: "asc" },
    });
    return { partner, users };
  });
}

/** Creates a partner; whoever else may manage partners hears about it. */
export async function createPartner(ctx: VendorCtx, input: CreatePartnerInput): Promise<PartnerProfile> {
  authorize(ctx, "partners.manage");
  try {
    return await withScope(scopeOf(ctx), async (tx) => {
      const partner = await tx.partner.create({
        data: { id: createId("partner"), tenantId: ctx.tenantId, name: input.name, type: input.type, country: input.country, status: "ONBOARDING" },
        select: PROFILE,
      });
      const watchers = await usersWithPermission(tx, { tenantId: ctx.tenantId, except: ctx.user.id }, "partners.manage");
      if (watchers.length) {
        await publishEvent(tx, {
          tenantId: ctx.tenantId,
          type: "partner.created",
          payload: {
            recipients: watchers.map((userId) => ({ userId })),
            link: `/${ctx.tenant.slug}/admin/partners/${partner.id}`,
            params: { tenant: ctx.tenant.name, partner: partner.name, actor: ctx.user.name },
          },
        });
      }
      await recordAudit(tx, ctx, {
        action: "partner.created",
        entityType: "Partner",
        entityId: partner.id,
        after: { name: partner.name, type: partner.type, country: partner.country, status: partner.status },
      });
      return partner;
    });
  } catch (error) {
    if (isUniqueViolation(error, "name")) {
      throw new AppError("PARTNER_NAME_TAKEN", { fields: { name: ["errors.PARTNER_NAME_TAKEN"] } });
    }
    throw error;
  }
}

/** Invites a portal user into one of this tenant's partners. */
export async function invitePartnerUser(ctx: VendorCtx, input: InvitePartnerUserInput): Promise<SeatChange> {
  authorize(ctx, "partnerUsers.manage");
  return withScope({ ...scopeOf(ctx), userEmail: normalizeEmail(input.email) }, async (tx) => {
    const partner = await getInvitingPartner(tx, ctx, input.partnerId);
    return inviteSeatInTx(tx, ctx, partner, input);
  });
}

/** Invites several people to one partner's portal: all of them, or none when one row is refused. */
export async function invitePartnerUsers(ctx: VendorCtx, input: InvitePartnerUsersInput): Promise<SeatChange[]> {
  authorize(ctx, "partnerUsers.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const partner = await getInvitingPartner(tx, ctx, input.partnerId);
    return inviteEach(tx, ctx, input.invites, (row) => inviteSeatInTx(tx, ctx, partner, row));
  });
}

/** The partner people are invited to; an offboarded partner takes no new users. */
async function getInvitingPartner(tx: Tx, ctx: VendorCtx, partnerId: string) {
  const partner = await getPartnerRow(tx, ctx, partnerId);
  if (partner.status === "OFFBOARDED") throw new AppError("CONFLICT");
  return partner;
}

/** One portal seat; the transaction's scope must carry the invitee's e-mail. */
async function inviteSeatInTx(
  tx: Tx,
  ctx: VendorCtx,
  partner: { id: string; name: string },
  input: Omit<InvitePartnerUserInput, "partnerId">,
): Promise<SeatChange> {
  const { user, needsPassword } = await findOrCreateInvitee(tx, ctx, input);
  const seat = await tx.partnerUser.create({
    data: {
      id: createId("partnerUser"),
      tenantId: ctx.tenantId,
      partnerId: partner.id,
      userId: user.id,
      role: input.role,
      // Only the person's acceptance makes a seat ACTIVE (lib/users/seats.ts).
      status: "INVITED",
    },
    select: CHANGE,
  });
  await recordAudit(tx, ctx, {
    action: "partnerUser.invited",
    entityType: "PartnerUser",
    entityId: seat.id,
    after: { partnerId: partner.id, email: user.email, role: input.role, status: seat.status },
  });
  await announceSeat(tx, ctx, { user, needsPassword, partnerName: partner.name });
  return seat;
}

/** Switches a portal user's seat off; access to this portal ends on their next request. */
export async function deactivatePartnerUser(ctx: VendorCtx, input: { partnerUserId: string }): Promise<SeatChange> {
  authorize(ctx, "partnerUsers.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const seat = await tx.partnerUser.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.partnerUserId } },
      select: CHANGE,
    });
    if (!seat) throw new AppError("NOT_FOUND");
    if (seat.status === "DEACTIVATED") return changeOf(seat);
    const updated = await tx.partnerUser.update({ where: { id: seat.id }, data: { status: "DEACTIVATED" }, select: CHANGE });
    await recordAudit(tx, ctx, {
      action: "partnerUser.deactivated",
      entityType: "PartnerUser",
      entityId: seat.id,
      before: { status: seat.status },
      after: { status: "DEACTIVATED" },
    });
    return updated;
  });
}

/** Gives a switched-off portal user access again (INVITED when they never accepted the seat). */
export async function reactivatePartnerUser(ctx: VendorCtx, input: { partnerUserId: string }): Promise<SeatChange> {
  authorize(ctx, "partnerUsers.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const seat = await tx.partnerUser.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.partnerUserId } },
      select: { ...CHANGE, acceptedAt: true },
    });
    if (!seat) throw new AppError("NOT_FOUND");
    if (seat.status !== "DEACTIVATED") return changeOf(seat);
    const status = seat.acceptedAt ? "ACTIVE" : "INVITED";
    const updated = await tx.partnerUser.update({ where: { id: seat.id }, data: { status }, select: CHANGE });
    await recordAudit(tx, ctx, {
      action: "partnerUser.reactivated",
      entityType: "PartnerUser",
      entityId: seat.id,
      before: { status: seat.status },
      after: { status },
    });
    return updated;
  });
}

/** The partner's own company, for its portal home. */
export async function getOwnPartner(ctx: PartnerCtx): Promise<PartnerProfile> {
  authorize(ctx, "ownPartner.read");
  return withReadScope(scopeOf(ctx), (tx) =>
    tx.partner.findUniqueOrThrow({ where: { tenantId_id: { tenantId: ctx.tenantId, id: ctx.partnerId } }, select: PROFILE }),
  );
}

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

/** Counts for the back-office dashboard. */
export async function partnerCountsByStatus(ctx: VendorCtx) {
  authorize(ctx, "dashboard.view");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const groups = await tx.partner.groupBy({ by: ["status"], where: { tenantId: ctx.tenantId }, _count: { _all: true } });
    return Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Partial<Record<PartnerStatus, number>>;
  });
}
