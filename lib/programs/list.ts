import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { containsText } from "@/lib/db/like";
import { withScope, type Tx } from "@/lib/db/scope";
import { withReadScope } from "@/lib/db/read";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inBatches } from "@/lib/lists/csv";
import { direction, pageWindow, type ListPage } from "@/lib/lists/query";
import { HISTORY_SELECT, historyItem } from "./enrolment";
import {
  metricListQuery,
  programListQuery,
  tierHistoryQuery,
  type MetricListQuery,
  type ProgramListQuery,
  type TierHistoryQuery,
} from "./schema";
import type { ProgramListItem, RecordedMetricItem, TierHistoryItem } from "./types";

/**
 * The module's lists (programs, tier history, recorded metric values): paged, sorted and
 * filtered on the server, each with its CSV export (same filters and order, in batches).
 */

type Window = { skip: number; take: number };

/** A list service and its export from a row query: the shape every list here shares. */
function defineList<Q extends { page: number; pageSize: number }, W, T>(spec: {
  /** the query with every default (callers pass only what they set) */
  defaults: () => Q;
  where: (ctx: VendorCtx, query: Q, asOf?: Date) => W;
  rows: (tx: Tx, where: W, query: Q, window: Window) => Promise<T[]>;
  count: (tx: Tx, where: W) => Promise<number>;
}) {
  const full = (input: Partial<Q>): Q => ({ ...spec.defaults(), ...input });
  return {
    list: async (ctx: VendorCtx, input: Partial<Q>): Promise<ListPage<T>> => {
      const query = full(input);
      const page = Math.max(1, Math.floor(query.page) || 1);
      const where = spec.where(ctx, query);
      return withReadScope(scopeOf(ctx), async (tx) => {
        const [rows, total] = await Promise.all([
          spec.rows(tx, where, query, pageWindow({ page, pageSize: query.pageSize })),
          spec.count(tx, where),
        ]);
        return { rows, total, page, pageSize: query.pageSize };
      });
    },
    export: (ctx: VendorCtx, input: Partial<Q>): AsyncIterable<T> => {
      const query = full(input);
      const where = spec.where(ctx, query, new Date());
      return inBatches((window) => withScope(scopeOf(ctx), (tx) => spec.rows(tx, where, query, window)));
    },
  };
}

const programs = defineList({
  defaults: () => programListQuery.parse({}),
  where: (ctx, query: ProgramListQuery, asOf): Prisma.ProgramWhereInput => ({
    tenantId: ctx.tenantId,
    ...(query.q ? { name: containsText(query.q) } : {}),
    ...(asOf ? { createdAt: { lte: asOf } } : {}),
  }),
  rows: async (tx, where, query, window): Promise<ProgramListItem[]> => {
    const dir = direction(query.sort);
    const rows = await tx.program.findMany({
      where,
      orderBy: [query.sort.id === "created" ? { createdAt: dir } : { name: dir }, { id: "asc" }],
      ...window,
      select: {
        id: true,
        name: true,
        activation: true,
        createdAt: true,
        _count: { select: { tiers: true, enrolments: true } },
      },
    });
    return rows.map(({ _count, ...row }) => ({ ...row, tiers: _count.tiers, partners: _count.enrolments }));
  },
  count: (tx, where) => tx.program.count({ where }),
});

const history = defineList({
  defaults: () => tierHistoryQuery.parse({}),
  where: (ctx, query: TierHistoryQuery, asOf): Prisma.TierEvaluationWhereInput => ({
    tenantId: ctx.tenantId,
    ...(query.partner ? { partnerId: query.partner } : {}),
    ...(query.trigger ? { trigger: query.trigger } : {}),
    ...(query.changed ? { changed: true } : {}),
    ...(asOf ? { evaluatedAt: { lte: asOf } } : {}),
  }),
  rows: async (tx, where, query, window): Promise<TierHistoryItem[]> =>
    (
      await tx.tierEvaluation.findMany({
        where,
        orderBy: [{ evaluatedAt: direction(query.sort) }, { id: direction(query.sort) }],
        ...window,
        select: HISTORY_SELECT,
      })
    ).map(historyItem),
  count: (tx, where) => tx.tierEvaluation.count({ where }),
});

const metrics = defineList({
  defaults: () => metricListQuery.parse({}),
  where: (ctx, query: MetricListQuery, asOf): Prisma.RecordedMetricWhereInput => ({
    tenantId: ctx.tenantId,
    ...(query.partner ? { partnerId: query.partner } : {}),
    ...(query.metric ? { metric: query.metric } : {}),
    ...(asOf ? { createdAt: { lte: asOf } } : {}),
  }),
  rows: async (tx, where, query, window): Promise<RecordedMetricItem[]> => {
    const dir = direction(query.sort);
    const rows = await tx.recordedMetric.findMany({
      where,
      // Sorting by period end scans one partner's values through the metric index when
      // filtered by partner; across the tenant it sorts the tenant's rows.
      orderBy: [query.sort.id === "periodEnd" ? { periodEnd: dir } : { createdAt: dir }, { id: "asc" }],
      ...window,
      select: {
        id: true,
        partnerId: true,
        metric: true,
        periodStart: true,
        periodEnd: true,
        value: true,
        currency: true,
        note: true,
        recordedByName: true,
        createdAt: true,
        partner: { select: { name: true } },
      },
    });
    return rows.map(({ partner, value, ...row }) => ({ ...row, value: value.toString(), partnerName: partner.name }));
  },
  count: (tx, where) => tx.recordedMetric.count({ where }),
});

export async function listPrograms(ctx: VendorCtx, input: Partial<ProgramListQuery> = {}): Promise<ListPage<ProgramListItem>> {
  authorize(ctx, "programs.read");
  return programs.list(ctx, input);
}

export function exportPrograms(ctx: VendorCtx, input: Partial<ProgramListQuery>): AsyncIterable<ProgramListItem> {
  authorize(ctx, "programs.read");
  return programs.export(ctx, input);
}

/** Tier history of the tenant (or of one partner): every change, manual evaluation and override. */
export async function listTierHistory(ctx: VendorCtx, input: Partial<TierHistoryQuery> = {}): Promise<ListPage<TierHistoryItem>> {
  authorize(ctx, "programs.read");
  return history.list(ctx, input);
}

export function exportTierHistory(ctx: VendorCtx, input: Partial<TierHistoryQuery>): AsyncIterable<TierHistoryItem> {
  authorize(ctx, "programs.read");
  return history.export(ctx, input);
}

/** Metric values recorded by the vendor (the tier rules' inputs until orders and deals land). */
export async function listRecordedMetrics(
  ctx: VendorCtx,
  input: Partial<MetricListQuery> = {},
): Promise<ListPage<RecordedMetricItem>> {
  authorize(ctx, "programs.read");
  return metrics.list(ctx, input);
}

export function exportRecordedMetrics(ctx: VendorCtx, input: Partial<MetricListQuery>): AsyncIterable<RecordedMetricItem> {
  authorize(ctx, "programs.read");
  return metrics.export(ctx, input);
}
