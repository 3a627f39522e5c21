import "server-only";
import { authorize, scopeOf, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { usersWithPermission } from "@/lib/auth/holders";
import { rolesWithPermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/service";
import { isUniqueViolation } from "@/lib/db/errors";
import { withReadScope } from "@/lib/db/read";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { PartnerStatus } from "@/lib/generated/prisma/enums";
import { createId } from "@/lib/ids";
import { publishEvent } from "@/lib/notify/publish";
import { PROFILE, getPartnerRow } from "./rows";
import { seatCountsOf } from "./seat-counts";
import type { CreatePartnerInput, UpdatePartnerAccountInput } from "./schema";
import type {
  ChannelManager,
  ChannelManagerOption,
  OwnPartner,
  PartnerDetail,
  PartnerProfile,
  SeatCounts,
} from "./types";
import { seatCounts } from "@/lib/seats/counts";
import { visiblePortalSeats } from "./scope";

// The partner list (paging, sorting, filters, CSV export) lives in ./list.ts; portal seats
// managed by the vendor in ./seats.ts, by the partner's own admins in ./team.ts.
export { exportPartners, listPartners } from "./list";
export {
  deactivatePartnerUser,
  invitePartnerUser,
  invitePartnerUsers,
  reactivatePartnerUser,
  resendPartnerInvitation,
} from "./seats";
export { listOwnTeam } from "./team";

const SEAT = {
  id: true,
  userId: true,
  role: true,
  status: true,
  user: { select: { name: true, email: true, lastLoginAt: true } },
} as const;
const MANAGER = { id: true, status: true, user: { select: { name: true, email: true } } } as const;

/** A partner's name (its page's title), or NOT_FOUND. */
export async function getPartnerName(ctx: VendorCtx, partnerId: string): Promise<string> {
  authorize(ctx, "partners.read");
  return withReadScope(scopeOf(ctx), async (tx) => (await getPartnerRow(tx, ctx, partnerId)).name);
}

/** Partner detail: profile, channel manager, seats by state and its portal users. */
export async function getPartnerOrThrow(ctx: VendorCtx, partnerId: string): Promise<PartnerDetail> {
  authorize(ctx, "partners.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const partner = await getPartnerRow(tx, ctx, partnerId);
    const [manager, users, seats, tenant] = await Promise.all([
      tx.partner.findUniqueOrThrow({
        where: { tenantId_id: { tenantId: ctx.tenantId, id: partnerId } },
        select: { channelManager: { select: MANAGER } },
      }),
      tx.partnerUser.findMany({
        where: { ...visiblePortalSeats(ctx), partnerId },
        select: SEAT,
        orderBy: { createdAt: "asc" },
      }),
      seatCountsOf(tx, ctx.tenantId, partnerId),
      tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { partnerTeamSelfService: true } }),
    ]);
    const cm = manager.channelManager;
    const channelManager: ChannelManager | null = cm
      ? { membershipId: cm.id, name: cm.user.name, email: cm.user.email, active: cm.status === "ACTIVE" }
      : null;
    return { partner, channelManager, seats, users, teamSelfService: tenant.partnerTeamSelfService };
  });
}

/**
 * The vendor users who may look after partners (an active back-office seat whose role
 * holds partners.manage): the choices for a partner's channel manager.
 */
export async function listChannelManagerOptions(ctx: VendorCtx): Promise<ChannelManagerOption[]> {
  authorize(ctx, "partners.manage");
  return withReadScope(scopeOf(ctx), async (tx) => channelManagerOptions(tx, ctx.tenantId));
}

async function channelManagerOptions(tx: Tx, tenantId: string): Promise<ChannelManagerOption[]> {
  const rows = await tx.membership.findMany({
    where: { tenantId, status: "ACTIVE", role: { in: rolesWithPermission("partners.manage").vendor } },
    select: { id: true, user: { select: { name: true, email: true } } },
  });
  return rows
    .map((row) => ({ membershipId: row.id, name: row.user.name, email: row.user.email }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The vendor's rules for one partner: its channel manager (one of
 * `listChannelManagerOptions`, or none) and its seat limit (none = unlimited). Lowering
 * the limit below today's seats takes nobody's access away; it stops new invitations
 * until seats free up. A newly named channel manager hears about it.
 */
export async function updatePartnerAccount(ctx: VendorCtx, input: UpdatePartnerAccountInput): Promise<PartnerProfile> {
  authorize(ctx, "partners.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const before = await tx.partner.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.partnerId } },
      select: {
        id: true,
        name: true,
        seatLimit: true,
        channelManagerId: true,
        channelManager: { select: { userId: true, user: { select: { name: true } } } },
      },
    });
    if (!before) throw new AppError("NOT_FOUND");
    const changesManager = input.channelManagerId !== before.channelManagerId;
    const named =
      changesManager && input.channelManagerId
        ? await tx.membership.findFirst({
            where: {
              tenantId: ctx.tenantId,
              id: input.channelManagerId,
              status: "ACTIVE",
              role: { in: rolesWithPermission("partners.manage").vendor },
            },
            select: { userId: true, user: { select: { name: true } } },
          })
        : null;
    if (changesManager && input.channelManagerId && !named) {
      throw new AppError("VALIDATION_FAILED", { fields: { channelManagerId: ["team.validation.channelManager"] } });
    }
    const after = await tx.partner.update({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: before.id } },
      data: { seatLimit: input.seatLimit, channelManagerId: input.channelManagerId },
      select: PROFILE,
    });
    if (before.seatLimit === input.seatLimit && !changesManager) return after;
    // People by name in the history, never seat ids.
    const managerName = changesManager ? (named?.user.name ?? null) : (before.channelManager?.user.name ?? null);
    await recordAudit(tx, ctx, {
      action: "partner.updated",
      entityType: "Partner",
      entityId: before.id,
      before: { seatLimit: before.seatLimit, channelManager: before.channelManager?.user.name ?? null },
      after: { seatLimit: input.seatLimit, channelManager: managerName },
    });
    if (named && named.userId !== ctx.user.id) {
      await publishEvent(tx, {
        tenantId: ctx.tenantId,
        type: "partner.channelManagerAssigned",
        payload: {
          recipients: [{ userId: named.userId }],
          link: `/${ctx.tenant.slug}/admin/partners/${before.id}`,
          params: { tenant: ctx.tenant.name, partner: before.name, actor: ctx.user.name },
        },
      });
    }
    return after;
  });
}

/** Creates a partner; whoever else may manage partners hears about it. */
export async function createPartner(ctx: VendorCtx, input: CreatePartnerInput): Promise<PartnerProfile> {
  authorize(ctx, "partners.manage");
  return withScope(scopeOf(ctx), (tx) => createPartnerInTx(tx, ctx, input));
}

/**
 * `createPartner` inside the caller's transaction (an approved application creates its
 * partner and invites its first admin at once). A taken name is PARTNER_NAME_TAKEN on the
 * name field — checked first, so the caller's transaction is not left aborted.
 */
export async function createPartnerInTx(tx: Tx, ctx: VendorCtx, input: CreatePartnerInput): Promise<PartnerProfile> {
  const taken = await tx.partner.findFirst({
    where: { tenantId: ctx.tenantId, name: input.name },
    select: { id: true },
  });
  if (taken) throw nameTaken();
  let partner: PartnerProfile;
  try {
    partner = await tx.partner.create({
      data: {
        id: createId("partner"),
        tenantId: ctx.tenantId,
        name: input.name,
        type: input.type,
        country: input.country,
        status: input.status ?? "ONBOARDING",
      },
      select: PROFILE,
    });
  } catch (error) {
    if (isUniqueViolation(error, "name")) throw nameTaken();
    throw error;
  }
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
}

const nameTaken = () => new AppError("PARTNER_NAME_TAKEN", { fields: { name: ["errors.PARTNER_NAME_TAKEN"] } });

/**
 * The partner's own company, for its portal home, with its channel manager's contact
 * while that person's back-office seat is active (row-level security lets a partner see
 * exactly that one seat of the vendor).
 */
export async function getOwnPartner(ctx: PartnerCtx): Promise<OwnPartner> {
  authorize(ctx, "ownPartner.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const { channelManager, ...partner } = await tx.partner.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: ctx.partnerId } },
      select: { ...PROFILE, channelManager: { select: MANAGER } },
    });
    const active = channelManager?.status === "ACTIVE" ? channelManager : null;
    return { ...partner, channelManager: active ? { name: active.user.name, email: active.user.email } : null };
  });
}

/** Portal seats of the whole channel by state, for the dashboard. */
export async function portalSeatTotals(ctx: VendorCtx): Promise<SeatCounts> {
  authorize(ctx, "partners.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const groups = await tx.partnerUser.groupBy({
      by: ["status"],
      where: visiblePortalSeats(ctx),
      _count: { _all: true },
    });
    return seatCounts(groups);
  });
}

/** Counts for the back-office dashboard. */
export async function partnerCountsByStatus(ctx: VendorCtx) {
  authorize(ctx, "dashboard.view");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const groups = await tx.partner.groupBy({
      by: ["status"],
      where: { tenantId: ctx.tenantId },
      _count: { _all: true },
    });
    return Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Partial<Record<PartnerStatus, number>>;
  });
}
