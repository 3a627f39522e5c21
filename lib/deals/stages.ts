import { withReadScope } from "@/lib/db/read";
import "server-only";
import { authorize, scopeOf, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { assertFresh, lockKey } from "@/lib/db/concurrency";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import type { CreateStageInput, DealSettingsInput, MoveStageOrderInput, UpdateStageInput } from "./schema";
import type { DealSettingsItem, StageCriterion, StageItem, StageKindValue, StageSettingsItem } from "./types";

/**
 * The tenant's sales methodology: ordered OPEN stages, then WON and LOST (exactly one of
 * each, made with the tenant: lib/deals/defaults.ts). The same stages serve direct deals
 * and every partner. Changes queue on a per-tenant advisory lock so positions stay apart.
 */

const KIND_ORDER: Record<StageKindValue, number> = { OPEN: 0, WON: 1, LOST: 2 };

const STAGE = {
  id: true,
  name: true,
  position: true,
  probability: true,
  kind: true,
  exitCriteria: true,
  version: true,
} as const satisfies Prisma.DealStageSelect;

type StageRow = Prisma.DealStageGetPayload<{ select: typeof STAGE }>;

/** The stored checklist, read defensively (a JSON column). */
export function criteriaOf(value: Prisma.JsonValue): StageCriterion[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) =>
    entry && typeof entry === "object" && !Array.isArray(entry) && typeof entry.id === "string" && typeof entry.label === "string"
      ? [{ id: entry.id, label: entry.label }]
      : [],
  );
}

function stageItem(row: StageRow): StageItem {
  const { exitCriteria, ...rest } = row;
  return { ...rest, criteria: criteriaOf(exitCriteria) };
}

/** Board order: OPEN stages by position, then WON, then LOST. */
export function sortStages<T extends { kind: StageKindValue; position: number; id: string }>(stages: T[]): T[] {
  return [...stages].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.position - b.position || a.id.localeCompare(b.id));
}

/** The tenant's stages in board order (inside a caller's transaction). */
export async function loadStages(tx: Tx, tenantId: string): Promise<StageItem[]> {
  const rows = await tx.dealStage.findMany({ where: { tenantId }, select: STAGE });
  return sortStages(rows.map(stageItem));
}

export async function listStages(ctx: VendorCtx): Promise<StageItem[]> {
  authorize(ctx, "deals.read");
  return withReadScope(scopeOf(ctx), (tx) => loadStages(tx, ctx.tenantId));
}

export async function listOwnStages(ctx: PartnerCtx): Promise<StageItem[]> {
  authorize(ctx, "ownDeals.read");
  return withReadScope(scopeOf(ctx), (tx) => loadStages(tx, ctx.tenantId));
}

const DEFAULT_SETTINGS = { protectionDays: 90, reminderDays: 14, maxExtensionDays: 90, version: 0 } as const;

/** The tenant's registration rules (defaults until the settings page saves them). */
export async function loadDealSettings(tx: Tx, tenantId: string): Promise<DealSettingsItem> {
  const row = await tx.dealSettings.findUnique({
    where: { tenantId },
    select: { protectionDays: true, reminderDays: true, maxExtensionDays: true, version: true },
  });
  return row ?? { ...DEFAULT_SETTINGS };
}

/** Portal: the rules a partner works by (how long an extension it may ask for). */
export async function getOwnDealSettings(ctx: PartnerCtx): Promise<DealSettingsItem> {
  authorize(ctx, "ownDeals.read");
  return withReadScope(scopeOf(ctx), (tx) => loadDealSettings(tx, ctx.tenantId));
}

/** The settings page: stages with their deal counts, and the registration rules. */
export async function getDealSettings(ctx: VendorCtx): Promise<{ stages: StageSettingsItem[]; settings: DealSettingsItem }> {
  authorize(ctx, "deals.configure");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const [stages, counts, settings] = await Promise.all([
      loadStages(tx, ctx.tenantId),
      tx.opportunity.groupBy({ by: ["stageId"], where: { tenantId: ctx.tenantId }, _count: { _all: true } }),
      loadDealSettings(tx, ctx.tenantId),
    ]);
    const count = new Map(counts.map((c) => [c.stageId, c._count._all]));
    return { stages: stages.map((stage) => ({ ...stage, opportunities: count.get(stage.id) ?? 0 })), settings };
  });
}

async function lockMethodology(tx: Tx, tenantId: string): Promise<void> {
  await lockKey(tx, `deal-stages:${tenantId}`);
}

/** Criteria as stored: rows that kept their id keep it (deals that ticked them stay ticked). */
function storedCriteria(input: CreateStageInput["criteria"], known: readonly StageCriterion[] = []): StageCriterion[] {
  const ids = new Set(known.map((c) => c.id));
  return input.map((c) => ({ id: c.id && ids.has(c.id) ? c.id : createId("dealCriterion"), label: c.label }));
}

/** A new open stage, last among the open ones. */
export async function createStage(ctx: VendorCtx, input: CreateStageInput): Promise<{ id: string }> {
  authorize(ctx, "deals.configure");
  return withScope(scopeOf(ctx), async (tx) => {
    await lockMethodology(tx, ctx.tenantId);
    const last = await tx.dealStage.aggregate({ where: { tenantId: ctx.tenantId, kind: "OPEN" }, _max: { position: true } });
    const id = createId("dealStage");
    const criteria = storedCriteria(input.criteria);
    await tx.dealStage.create({
      data: {
        id,
        tenantId: ctx.tenantId,
        name: input.name,
        probability: input.probability,
        position: (last._max.position ?? 0) + 1,
        kind: "OPEN",
        exitCriteria: criteria,
      },
    });
    await recordAudit(tx, ctx, {
      action: "dealStage.created",
      entityType: "DealStage",
      entityId: id,
      after: { name: input.name, probability: input.probability, criteria: criteria.map((c) => c.label) },
    });
    return { id };
  });
}

/** Name, probability and checklist of a stage, at the version shown (WON is 100 % and LOST 0 %, always). */
export async function updateStage(ctx: VendorCtx, input: UpdateStageInput): Promise<{ id: string }> {
  authorize(ctx, "deals.configure");
  return withScope(scopeOf(ctx), async (tx) => {
    const before = await tx.dealStage.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.stageId } },
      select: STAGE,
    });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.version !== input.version) throw new AppError("STALE_EDIT");
    const fixed = before.kind === "WON" ? 100 : before.kind === "LOST" ? 0 : null;
    if (fixed !== null && input.probability !== fixed) {
      throw new AppError("VALIDATION_FAILED", { fields: { probability: ["deals.validation.fixedProbability"] } });
    }
    if (before.kind !== "OPEN" && input.criteria.length) {
      throw new AppError("VALIDATION_FAILED", { fields: { criteria: ["deals.validation.noCriteriaOnEnd"] } });
    }
    const criteria = storedCriteria(input.criteria, criteriaOf(before.exitCriteria));
    assertFresh(
      await tx.dealStage.updateMany({
        where: { tenantId: ctx.tenantId, id: input.stageId, version: input.version },
        data: { name: input.name, probability: input.probability, exitCriteria: criteria, version: { increment: 1 } },
      }),
    );
    await recordAudit(tx, ctx, {
      action: "dealStage.updated",
      entityType: "DealStage",
      entityId: input.stageId,
      before: { name: before.name, probability: before.probability, criteria: criteriaOf(before.exitCriteria).map((c) => c.label) },
      after: { name: input.name, probability: input.probability, criteria: criteria.map((c) => c.label) },
    });
    return { id: input.stageId };
  });
}

/** Swaps an open stage with its neighbour above or below (WON and LOST stay at the end). */
export async function moveStageOrder(ctx: VendorCtx, input: MoveStageOrderInput): Promise<{ id: string }> {
  authorize(ctx, "deals.configure");
  return withScope(scopeOf(ctx), async (tx) => {
    await lockMethodology(tx, ctx.tenantId);
    const open = (await loadStages(tx, ctx.tenantId)).filter((s) => s.kind === "OPEN");
    const index = open.findIndex((s) => s.id === input.stageId);
    if (index < 0) throw new AppError("NOT_FOUND");
    const neighbour = open[input.direction === "up" ? index - 1 : index + 1];
    if (!neighbour) return { id: input.stageId };
    const stage = open[index]!;
    // Positions are renumbered 1…n so that ties left by older data cannot block a swap.
    const order = open.map((s) => s.id);
    order[index] = neighbour.id;
    order[open.indexOf(neighbour)] = stage.id;
    for (const [i, stageId] of order.entries()) {
      await tx.dealStage.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: stageId } }, data: { position: i + 1 } });
    }
    await recordAudit(tx, ctx, {
      action: "dealStage.moved",
      entityType: "DealStage",
      entityId: stage.id,
      before: { position: index + 1 },
      after: { position: order.indexOf(stage.id) + 1, name: stage.name },
    });
    return { id: stage.id };
  });
}

/** Deletes an open stage no deal is in; WON and LOST stay, and so does the last open stage. */
export async function deleteStage(ctx: VendorCtx, stageId: string): Promise<void> {
  authorize(ctx, "deals.configure");
  await withScope(scopeOf(ctx), async (tx) => {
    await lockMethodology(tx, ctx.tenantId);
    const stages = await loadStages(tx, ctx.tenantId);
    const stage = stages.find((s) => s.id === stageId);
    if (!stage) throw new AppError("NOT_FOUND");
    if (stage.kind !== "OPEN" || stages.filter((s) => s.kind === "OPEN").length === 1) {
      throw new AppError("INVALID_TRANSITION", { params: { from: stage.kind, to: "DELETED" } });
    }
    if (await tx.opportunity.count({ where: { tenantId: ctx.tenantId, stageId }, take: 1 })) throw new AppError("STAGE_IN_USE");
    await tx.dealStage.delete({ where: { tenantId_id: { tenantId: ctx.tenantId, id: stageId } } });
    await recordAudit(tx, ctx, { action: "dealStage.deleted", entityType: "DealStage", entityId: stageId, before: { name: stage.name } });
  });
}

/** The registration rules, saved at the version shown (the first save creates the row). */
export async function updateDealSettings(ctx: VendorCtx, input: DealSettingsInput): Promise<DealSettingsItem> {
  authorize(ctx, "deals.configure");
  return withScope(scopeOf(ctx), async (tx) => {
    const before = await loadDealSettings(tx, ctx.tenantId);
    if (before.version !== input.version) throw new AppError("STALE_EDIT");
    const values = { protectionDays: input.protectionDays, reminderDays: input.reminderDays, maxExtensionDays: input.maxExtensionDays };
    if (input.version === 0) {
      // Two first saves race on the unique tenant key: one wins, the other is told to reload.
      const created = await tx.dealSettings.createMany({
        data: [{ id: createId("dealSettings"), tenantId: ctx.tenantId, ...values, version: 1 }],
        skipDuplicates: true,
      });
      assertFresh(created);
    } else {
      assertFresh(
        await tx.dealSettings.updateMany({
          where: { tenantId: ctx.tenantId, version: input.version },
          data: { ...values, version: { increment: 1 } },
        }),
      );
    }
    await recordAudit(tx, ctx, { action: "dealSettings.updated", entityType: "Tenant", entityId: ctx.tenantId, before, after: values });
    return loadDealSettings(tx, ctx.tenantId);
  });
}
