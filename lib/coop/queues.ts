import "server-only";
import { z } from "zod";
import { dateToDay, dayToDate, isCalendarDay, todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import type { Tx } from "@/lib/db/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inBatches } from "@/lib/lists/csv";
import { cappedTotal, countTake, defineListQuery, direction, pageWindow, type ListPage } from "@/lib/lists/query";
import { FUND_SELECT, fundViews } from "./read";
import { COOP_CLAIM_STATUSES, COOP_REQUEST_STATUSES, type CoopActivityTypeValue, type CoopClaimStatusValue, type CoopRequestStatusValue } from "./schema";
import { coopSettingsOf } from "./settings";
import { waitOf } from "./sla";
import type { FundView } from "./types";

/**
 * The back office's lists, paged in SQL: the claims and requests queues (oldest first, with
 * how long each has waited for the vendor) and every partner's funds with their balances.
 * Filters use the indexes of prisma/schema/coop.prisma: (tenantId, status, createdAt) for the
 * queues, (tenantId, partnerId, periodStart) and (tenantId, programId, …) for funds.
 */

const idParam = (prefix: string) => z.string().regex(new RegExp(`^${prefix}_[a-z0-9]{1,40}$`)).optional().catch(undefined);
const dayParam = z.string().refine(isCalendarDay).optional().catch(undefined);

export const claimQueueQuery = defineListQuery({
  sorts: ["submitted", "claimed"],
  defaultSort: { id: "submitted", desc: false },
  filters: { status: z.enum(COOP_CLAIM_STATUSES).optional().catch(undefined), partner: idParam("ptn"), program: idParam("cop") },
});
export type ClaimQueueQuery = ReturnType<typeof claimQueueQuery.parse>;
export const CLAIM_QUEUE_FILTERS = ["status", "partner", "program"] as const;

export const requestQueueQuery = defineListQuery({
  sorts: ["submitted", "requested"],
  defaultSort: { id: "submitted", desc: false },
  filters: { status: z.enum(COOP_REQUEST_STATUSES).optional().catch(undefined), partner: idParam("ptn"), program: idParam("cop") },
});
export type RequestQueueQuery = ReturnType<typeof requestQueueQuery.parse>;
export const REQUEST_QUEUE_FILTERS = ["status", "partner", "program"] as const;

export const fundListQuery = defineListQuery({
  sorts: ["period", "expires"],
  defaultSort: { id: "period", desc: true },
  filters: { partner: idParam("ptn"), program: idParam("cop"), period: dayParam },
});
export type FundListQuery = ReturnType<typeof fundListQuery.parse>;
export const FUND_LIST_FILTERS = ["partner", "program", "period"] as const;

export type ClaimQueueRow = {
  id: string;
  title: string;
  partner: { id: string; name: string };
  programName: string;
  activityType: CoopActivityTypeValue;
  claimedMinor: bigint;
  approvedMinor: bigint | null;
  currency: string;
  status: CoopClaimStatusValue;
  submittedAt: Date;
  /** hours the claim has waited for the vendor's decision (SUBMITTED), else null */
  waitingHours: number | null;
  /** waiting longer than the tenant's claim review target */
  overdue: boolean;
};

export type RequestQueueRow = {
  id: string;
  title: string;
  partner: { id: string; name: string };
  programName: string;
  activityType: CoopActivityTypeValue;
  requestedMinor: bigint;
  approvedMinor: bigint | null;
  currency: string;
  status: CoopRequestStatusValue;
  startsOn: string;
  submittedAt: Date;
  waitingHours: number | null;
  /** waiting longer than the tenant's request review target */
  overdue: boolean;
};

const claimWhere = (ctx: VendorCtx, q: Partial<ClaimQueueQuery>): Prisma.CoopClaimWhereInput => ({
  tenantId: ctx.tenantId,
  ...(q.status ? { status: q.status } : {}),
  ...(q.partner ? { partnerId: q.partner } : {}),
  ...(q.program ? { fund: { programId: q.program } } : {}),
});

const CLAIM_ROW = {
  id: true,
  title: true,
  activityType: true,
  claimedMinor: true,
  approvedMinor: true,
  currency: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  partner: { select: { id: true, name: true } },
  fund: { select: { program: { select: { name: true } } } },
} as const;

async function claimRows(tx: Tx, ctx: VendorCtx, q: ClaimQueueQuery, window: { skip: number; take: number }, now: Date, targetHours: number): Promise<ClaimQueueRow[]> {
  const orderBy: Prisma.CoopClaimOrderByWithRelationInput[] = q.sort.id === "claimed" ? [{ claimedMinor: direction(q.sort) }, { id: "asc" }] : [{ createdAt: direction(q.sort) }, { id: "asc" }];
  const rows = await tx.coopClaim.findMany({ where: claimWhere(ctx, q), orderBy, ...window, select: CLAIM_ROW });
  return rows.map(({ fund, createdAt, updatedAt, ...r }) => {
    // a claim answered after a question waits again from the answer (its last change)
    const { waitingHours, overdue } = waitOf(r.status === "SUBMITTED" ? updatedAt : null, now, targetHours);
    return { ...r, programName: fund.program.name, submittedAt: createdAt, waitingHours, overdue };
  });
}

/** The claims queue: oldest first by default, with each claim's wait against the tenant's claim review target. */
export async function claimQueue(ctx: VendorCtx, input: Partial<ClaimQueueQuery> = {}, now = new Date()): Promise<ListPage<ClaimQueueRow> & { waiting: number; awaitingPayment: number; targetHours: number }> {
  authorize(ctx, "coop.read");
  const q = { ...claimQueueQuery.parse({}), ...input };
  return withReadScope(scopeOf(ctx), async (tx) => {
    const targetHours = (await coopSettingsOf(tx, ctx.tenantId)).claimSlaHours;
    const [rows, count, byStatus] = await Promise.all([
      claimRows(tx, ctx, q, pageWindow(q), now, targetHours),
      tx.coopClaim.count({ where: claimWhere(ctx, q), take: countTake(q) }),
      tx.coopClaim.groupBy({ by: ["status"], where: { tenantId: ctx.tenantId, status: { in: ["SUBMITTED", "APPROVED"] } }, _count: { _all: true } }),
    ]);
    const of = (status: string) => byStatus.find((s) => s.status === status)?._count._all ?? 0;
    return { rows, ...cappedTotal(count, q), page: q.page, pageSize: q.pageSize, waiting: of("SUBMITTED"), awaitingPayment: of("APPROVED"), targetHours };
  });
}

/** Every claim matching the queue's filters, for its CSV export (batches of short reads). */
export async function* exportClaims(ctx: VendorCtx, q: ClaimQueueQuery, now = new Date()): AsyncGenerator<ClaimQueueRow> {
  authorize(ctx, "coop.read");
  const targetHours = (await withReadScope(scopeOf(ctx), (tx) => coopSettingsOf(tx, ctx.tenantId))).claimSlaHours;
  yield* inBatches((window) => withReadScope(scopeOf(ctx), (tx) => claimRows(tx, ctx, q, window, now, targetHours)));
}

const requestWhere = (ctx: VendorCtx, q: Partial<RequestQueueQuery>): Prisma.CoopRequestWhereInput => ({
  tenantId: ctx.tenantId,
  ...(q.status ? { status: q.status } : {}),
  ...(q.partner ? { partnerId: q.partner } : {}),
  ...(q.program ? { fund: { programId: q.program } } : {}),
});

/** The requests queue (pre-approvals): oldest first by default, with each proposal's wait against the tenant's request review target. */
export async function requestQueue(ctx: VendorCtx, input: Partial<RequestQueueQuery> = {}, now = new Date()): Promise<ListPage<RequestQueueRow> & { waiting: number; targetHours: number }> {
  authorize(ctx, "coop.read");
  const q = { ...requestQueueQuery.parse({}), ...input };
  const orderBy: Prisma.CoopRequestOrderByWithRelationInput[] = q.sort.id === "requested" ? [{ requestedMinor: direction(q.sort) }, { id: "asc" }] : [{ createdAt: direction(q.sort) }, { id: "asc" }];
  return withReadScope(scopeOf(ctx), async (tx) => {
    const targetHours = (await coopSettingsOf(tx, ctx.tenantId)).requestSlaHours;
    const [rows, count, waiting] = await Promise.all([
      tx.coopRequest.findMany({
        where: requestWhere(ctx, q),
        orderBy,
        ...pageWindow(q),
        select: { id: true, title: true, activityType: true, requestedMinor: true, approvedMinor: true, currency: true, status: true, startsOn: true, createdAt: true, partner: { select: { id: true, name: true } }, fund: { select: { program: { select: { name: true } } } } },
      }),
      tx.coopRequest.count({ where: requestWhere(ctx, q), take: countTake(q) }),
      tx.coopRequest.count({ where: { tenantId: ctx.tenantId, status: "PROPOSED" } }),
    ]);
    return {
      rows: rows.map(({ fund, createdAt, startsOn, ...r }) => {
        const { waitingHours, overdue } = waitOf(r.status === "PROPOSED" ? createdAt : null, now, targetHours);
        return { ...r, programName: fund.program.name, startsOn: dateToDay(startsOn), submittedAt: createdAt, waitingHours, overdue };
      }),
      ...cappedTotal(count, q),
      page: q.page,
      pageSize: q.pageSize,
      waiting,
      targetHours,
    };
  });
}

const fundWhere = (ctx: VendorCtx, q: Partial<FundListQuery>): Prisma.CoopFundWhereInput => ({
  tenantId: ctx.tenantId,
  ...(q.partner ? { partnerId: q.partner } : {}),
  ...(q.program ? { programId: q.program } : {}),
  ...(q.period ? { periodStart: { lte: dayToDate(q.period) }, periodEnd: { gte: dayToDate(q.period) } } : {}),
});

async function fundRows(tx: Tx, ctx: VendorCtx, q: FundListQuery, window: { skip: number; take: number }, today: string): Promise<FundView[]> {
  const orderBy: Prisma.CoopFundOrderByWithRelationInput[] =
    q.sort.id === "expires" ? [{ expiresOn: direction(q.sort) }, { id: "asc" }] : [{ periodStart: direction(q.sort) }, { partner: { name: "asc" } }, { id: "asc" }];
  const rows = await tx.coopFund.findMany({ where: fundWhere(ctx, q), orderBy, ...window, select: FUND_SELECT });
  // the same balances and "expiring soon" as the partner's own funds in the portal
  return fundViews(tx, ctx.tenantId, rows, today);
}

/** Funds by partner and program, a page at a time, each with its balances from the ledger. */
export async function fundsPage(ctx: VendorCtx, input: Partial<FundListQuery> = {}): Promise<ListPage<FundView>> {
  authorize(ctx, "coop.read");
  const q = { ...fundListQuery.parse({}), ...input };
  const today = todayIn(ctx.tenant.timeZone);
  return withReadScope(scopeOf(ctx), async (tx) => {
    const [rows, count] = await Promise.all([fundRows(tx, ctx, q, pageWindow(q), today), tx.coopFund.count({ where: fundWhere(ctx, q), take: countTake(q) })]);
    return { rows, ...cappedTotal(count, q), page: q.page, pageSize: q.pageSize };
  });
}

export async function* exportFunds(ctx: VendorCtx, q: FundListQuery): AsyncGenerator<FundView> {
  authorize(ctx, "coop.read");
  const today = todayIn(ctx.tenant.timeZone);
  yield* inBatches((window) => withReadScope(scopeOf(ctx), (tx) => fundRows(tx, ctx, q, window, today)));
}

export type Option = { value: string; label: string };

/** What the back office's filters and forms choose from: programs, partners, tiers, brands, families, fund periods. */
export async function coopOptions(ctx: VendorCtx): Promise<{ programs: (Option & { kind: "COOP" | "MDF"; active: boolean; currency: string })[]; partners: Option[]; tiers: Option[]; brands: Option[]; families: Option[]; periods: Option[] }> {
  authorize(ctx, "coop.read");
  const es = ctx.user.locale === "es";
  const [programs, partners, tiers, brands, families, periods] = await withReadScope(scopeOf(ctx), (tx) =>
    Promise.all([
      tx.coopProgram.findMany({ where: { tenantId: ctx.tenantId }, orderBy: [{ active: "desc" }, { name: "asc" }], take: 500, select: { id: true, name: true, kind: true, active: true, currency: true } }),
      tx.partner.findMany({ where: { tenantId: ctx.tenantId, status: { not: "OFFBOARDED" } }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 1000, select: { id: true, name: true } }),
      tx.programTier.findMany({ where: { tenantId: ctx.tenantId }, orderBy: [{ program: { name: "asc" } }, { rank: "asc" }], take: 200, select: { id: true, name: true, program: { select: { name: true } } } }),
      tx.brand.findMany({ where: { tenantId: ctx.tenantId }, orderBy: { name: "asc" }, take: 500, select: { id: true, name: true } }),
      tx.productFamily.findMany({ where: { tenantId: ctx.tenantId }, orderBy: { nameEn: "asc" }, take: 500, select: { id: true, nameEn: true, nameEs: true } }),
      tx.coopFund.groupBy({ by: ["periodStart", "periodEnd"], where: { tenantId: ctx.tenantId }, orderBy: { periodStart: "desc" }, take: 40 }),
    ]),
  );
  return {
    programs: programs.map((p) => ({ value: p.id, label: p.name, kind: p.kind, active: p.active, currency: p.currency })),
    partners: partners.map((p) => ({ value: p.id, label: p.name })),
    tiers: tiers.map((t) => ({ value: t.id, label: `${t.program.name} · ${t.name}` })),
    brands: brands.map((b) => ({ value: b.id, label: b.name })),
    families: families.map((f) => ({ value: f.id, label: es ? f.nameEs : f.nameEn })),
    periods: periods.map((p) => ({ value: dateToDay(p.periodStart), label: `${dateToDay(p.periodStart)} – ${dateToDay(p.periodEnd)}` })),
  };
}
