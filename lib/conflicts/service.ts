import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { assertFresh, lockRow } from "@/lib/db/concurrency";
import { withScope } from "@/lib/db/scope";
import { withReadScope } from "@/lib/db/read";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageWindow, type ListPage } from "@/lib/lists/query";
import { conflictMachine } from "./lifecycle";
import { conflictListQuery, type ConflictListQuery, type ResolveConflictInput } from "./schema";
import type { ConflictItem } from "./types";

const ITEM = {
  id: true,
  kind: true,
  status: true,
  matchedOn: true,
  territoryPath: true,
  resolutionReason: true,
  resolvedAt: true,
  version: true,
  createdAt: true,
  account: { select: { id: true, name: true } },
  otherAccount: { select: { id: true, name: true } },
  claimant: { select: { id: true, name: true } },
  otherPartner: { select: { id: true, name: true } },
} as const satisfies Prisma.ChannelConflictSelect;

type Row = Prisma.ChannelConflictGetPayload<{ select: typeof ITEM }>;

function item(row: Row): ConflictItem {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    matchedOn: row.matchedOn,
    territoryPath: row.territoryPath,
    resolutionReason: row.resolutionReason,
    resolvedAt: row.resolvedAt,
    version: row.version,
    createdAt: row.createdAt,
    account: row.account,
    claimant: row.claimant,
    otherAccount: row.otherAccount,
    otherPartner: row.otherPartner,
  };
}

/** The conflict queue (vendor only: a partner never reads a conflict). */
export async function listConflicts(ctx: VendorCtx, input: Partial<ConflictListQuery> = {}): Promise<ListPage<ConflictItem>> {
  authorize(ctx, "conflicts.read");
  const query = { ...conflictListQuery.parse({}), ...input };
  const where: Prisma.ChannelConflictWhereInput = {
    tenantId: ctx.tenantId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
  };
  return withReadScope(scopeOf(ctx), async (tx) => {
    const [rows, total] = await Promise.all([
      tx.channelConflict.findMany({
        where,
        orderBy: [{ createdAt: query.sort.desc ? "desc" : "asc" }, { id: "asc" }],
        ...pageWindow(query),
        select: ITEM,
      }),
      tx.channelConflict.count({ where }),
    ]);
    return { rows: rows.map(item), total, page: query.page, pageSize: query.pageSize };
  });
}

/** Conflicts naming one account (its page) or claimed by one partner (partner page). */
export async function conflictsOf(ctx: VendorCtx, of: { accountId: string } | { partnerId: string }): Promise<ConflictItem[]> {
  authorize(ctx, "conflicts.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const where: Prisma.ChannelConflictWhereInput =
      "accountId" in of
        ? { tenantId: ctx.tenantId, OR: [{ accountId: of.accountId }, { otherAccountId: of.accountId }] }
        : { tenantId: ctx.tenantId, claimantPartnerId: of.partnerId };
    const rows = await tx.channelConflict.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: 50, select: ITEM });
    return rows.map(item);
  });
}

/**
 * Decides a conflict with a reason (audited). Allowing clears the claimant's account once
 * no other conflict on it is open; declining marks it DECLINED.
 */
export async function resolveConflict(ctx: VendorCtx, input: ResolveConflictInput): Promise<ConflictItem> {
  authorize(ctx, "conflicts.resolve");
  return withScope(scopeOf(ctx), async (tx) => {
    await lockRow(tx, "ChannelConflict", { tenantId: ctx.tenantId, id: input.conflictId });
    const before = await tx.channelConflict.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.conflictId } },
      select: { status: true, version: true, accountId: true },
    });
    if (before.version !== input.version) throw new AppError("STALE_EDIT");
    const { rule, reason } = conflictMachine.assert(ctx, before.status, input.decision, input.reason);
    assertFresh(
      await tx.channelConflict.updateMany({
        where: { tenantId: ctx.tenantId, id: input.conflictId, version: input.version },
        data: {
          status: input.decision,
          resolutionReason: reason,
          resolvedByUserId: ctx.user.id,
          resolvedAt: new Date(),
          version: { increment: 1 },
        },
      }),
    );
    const stillOpen = await tx.channelConflict.count({
      where: { tenantId: ctx.tenantId, accountId: before.accountId, status: "OPEN" },
    });
    const reviewStatus = input.decision === "DECLINED" ? "DECLINED" : stillOpen ? "UNDER_REVIEW" : "CLEAR";
    await tx.account.update({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: before.accountId } },
      data: { reviewStatus },
    });
    await recordAudit(tx, ctx, {
      action: `conflict.${rule.action}`,
      entityType: "ChannelConflict",
      entityId: input.conflictId,
      before: { status: before.status },
      after: { status: input.decision, reason, accountReview: reviewStatus },
    });
    return item(
      await tx.channelConflict.findUniqueOrThrow({
        where: { tenantId_id: { tenantId: ctx.tenantId, id: input.conflictId } },
        select: ITEM,
      }),
    );
  });
}
