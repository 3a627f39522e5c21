import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { assertFresh } from "@/lib/db/concurrency";
import { isUniqueViolation } from "@/lib/db/errors";
import { withScope, type Tx } from "@/lib/db/scope";
import { withReadScope } from "@/lib/db/read";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { parseAmount } from "@/lib/money";
import { PROGRAM_METRICS, METRIC_UNIT, type ProgramMetricValue } from "./metric-names";
import type { CreateProgramInput, CreateTierInput, UpdateProgramInput, UpdateTierInput } from "./schema";
import type { ProgramDetail, ProgramOption, ProgramSummary, TierView } from "./types";

// Onboarding items and agreements are in ./checklist.ts; enrolments, overrides and
// evaluation in ./enrolment.ts; the partner's side in ./onboarding.ts; lists in ./list.ts.

export const PROGRAM_SUMMARY = {
  id: true,
  name: true,
  description: true,
  currency: true,
  activation: true,
  version: true,
  createdAt: true,
} as const;

/** One program of this tenant, or NOT_FOUND. */
export async function programRow(tx: Tx, tenantId: string, programId: string): Promise<ProgramSummary> {
  const program = await tx.program.findUnique({ where: { tenantId_id: { tenantId, id: programId } }, select: PROGRAM_SUMMARY });
  if (!program) throw new AppError("NOT_FOUND");
  return program;
}

/** The tenant's programs by name: the choices when enrolling a partner. */
export async function listProgramOptions(ctx: VendorCtx): Promise<ProgramOption[]> {
  authorize(ctx, "programs.read");
  return withReadScope(scopeOf(ctx), (tx) =>
    tx.program.findMany({ where: { tenantId: ctx.tenantId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  );
}

/** A program's name (its page's title), or NOT_FOUND. */
export async function getProgramName(ctx: VendorCtx, programId: string): Promise<string> {
  authorize(ctx, "programs.read");
  return withReadScope(scopeOf(ctx), async (tx) => (await programRow(tx, ctx.tenantId, programId)).name);
}

/** A program's definition: tiers in rank order with their rules, checklist, agreement versions. */
export async function getProgramOrThrow(ctx: VendorCtx, programId: string): Promise<ProgramDetail> {
  authorize(ctx, "programs.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const program = await programRow(tx, ctx.tenantId, programId);
    const where = { tenantId: ctx.tenantId, programId };
    const [tiers, holders, items, agreements, enrolled] = await Promise.all([
      tx.programTier.findMany({
        where,
        orderBy: { rank: "asc" },
        select: { id: true, name: true, rank: true, description: true, rules: { select: { metric: true, minimum: true } } },
      }),
      tx.partnerProgram.groupBy({ by: ["tierId"], where, _count: { _all: true } }),
      tx.onboardingItem.findMany({
        where,
        orderBy: { position: "asc" },
        select: { id: true, kind: true, title: true, description: true, position: true },
      }),
      tx.agreementVersion.findMany({
        where,
        orderBy: { number: "desc" },
        take: 10,
        select: {
          id: true,
          number: true,
          publishedAt: true,
          publishedByName: true,
          texts: { select: { locale: true, title: true, body: true }, orderBy: { locale: "asc" } },
          _count: { select: { acceptances: true } },
        },
      }),
      tx.partnerProgram.count({ where }),
    ]);
    const held = new Map(holders.map((row) => [row.tierId, row._count._all]));
    return {
      ...program,
      tiers: tiers.map((tier) => ({
        ...tier,
        rules: sortRules(tier.rules).map((rule) => ({ metric: rule.metric, minimum: rule.minimum.toString() })),
        holders: held.get(tier.id) ?? 0,
      })),
      items,
      agreements: agreements.map(({ _count, ...agreement }) => ({ ...agreement, acceptances: _count.acceptances })),
      enrolled,
    };
  });
}

const sortRules = <T extends { metric: ProgramMetricValue }>(rules: T[]) =>
  [...rules].sort((a, b) => PROGRAM_METRICS.indexOf(a.metric) - PROGRAM_METRICS.indexOf(b.metric));

export async function createProgram(ctx: VendorCtx, input: CreateProgramInput): Promise<ProgramSummary> {
  authorize(ctx, "programs.manage");
  return nameTaken("PROGRAM_NAME_TAKEN", () =>
    withScope(scopeOf(ctx), async (tx) => {
      const program = await tx.program.create({
        data: {
          id: createId("program"),
          tenantId: ctx.tenantId,
          name: input.name,
          description: input.description,
          activation: input.activation,
          currency: ctx.tenant.currency,
        },
        select: PROGRAM_SUMMARY,
      });
      await recordAudit(tx, ctx, {
        action: "program.created",
        entityType: "Program",
        entityId: program.id,
        after: { name: program.name, activation: program.activation, currency: program.currency },
      });
      return program;
    }),
  );
}

/** Name, description and activation mode; STALE_EDIT when another tab saved first. */
export async function updateProgram(ctx: VendorCtx, input: UpdateProgramInput): Promise<ProgramSummary> {
  authorize(ctx, "programs.manage");
  return nameTaken("PROGRAM_NAME_TAKEN", () =>
    withScope(scopeOf(ctx), async (tx) => {
      const before = await programRow(tx, ctx.tenantId, input.programId);
      assertFresh(
        await tx.program.updateMany({
          where: { tenantId: ctx.tenantId, id: input.programId, version: input.version },
          data: {
            name: input.name,
            description: input.description,
            activation: input.activation,
            version: { increment: 1 },
          },
        }),
      );
      await recordAudit(tx, ctx, {
        action: "program.updated",
        entityType: "Program",
        entityId: before.id,
        before: { name: before.name, description: before.description, activation: before.activation },
        after: { name: input.name, description: input.description, activation: input.activation },
      });
      return programRow(tx, ctx.tenantId, input.programId);
    }),
  );
}

/** Typed minimums → rule rows (revenue in minor units of the program's currency). */
function rulesFrom(rules: CreateTierInput["rules"], currency: string) {
  const out: { metric: ProgramMetricValue; minimum: bigint }[] = [];
  for (const metric of PROGRAM_METRICS) {
    const text = rules[metric];
    if (text === "") continue;
    try {
      out.push({ metric, minimum: METRIC_UNIT[metric] === "money" ? parseAmount(text, currency) : BigInt(text) });
    } catch {
      throw new AppError("VALIDATION_FAILED", { fields: { [`rules.${metric}`]: ["programs.validation.minimum"] } });
    }
  }
  return out;
}

async function writeRules(tx: Tx, tenantId: string, tierId: string, rules: { metric: ProgramMetricValue; minimum: bigint }[]) {
  if (rules.length === 0) return;
  await tx.tierRule.createMany({ data: rules.map((rule) => ({ id: createId("tierRule"), tenantId, tierId, ...rule })) });
}

const ruleAudit = (rules: { metric: string; minimum: bigint }[]) =>
  Object.fromEntries(rules.map((rule) => [rule.metric, rule.minimum.toString()]));

/** Adds a tier above the program's highest one. */
export async function createTier(ctx: VendorCtx, input: CreateTierInput): Promise<TierView> {
  authorize(ctx, "programs.manage");
  return nameTaken("TIER_NAME_TAKEN", () =>
    withScope(scopeOf(ctx), async (tx) => {
      const program = await programRow(tx, ctx.tenantId, input.programId);
      const rules = rulesFrom(input.rules, program.currency);
      // Ranks are unique per program: two tiers added at once cannot share one (the
      // second gets a unique violation, reported as a name clash would be: try again).
      const top = await tx.programTier.aggregate({ where: { tenantId: ctx.tenantId, programId: program.id }, _max: { rank: true } });
      const tier = await tx.programTier.create({
        data: {
          id: createId("programTier"),
          tenantId: ctx.tenantId,
          programId: program.id,
          name: input.name,
          description: input.description,
          rank: (top._max.rank ?? 0) + 1,
        },
        select: { id: true, name: true, rank: true, description: true },
      });
      await writeRules(tx, ctx.tenantId, tier.id, rules);
      await recordAudit(tx, ctx, {
        action: "program.tierCreated",
        entityType: "Program",
        entityId: program.id,
        after: { tier: tier.name, rank: tier.rank, rules: ruleAudit(rules) },
      });
      return { ...tier, rules: rules.map((rule) => ({ metric: rule.metric, minimum: rule.minimum.toString() })), holders: 0 };
    }),
  );
}

async function tierRow(tx: Tx, tenantId: string, tierId: string) {
  const tier = await tx.programTier.findUnique({
    where: { tenantId_id: { tenantId, id: tierId } },
    select: {
      id: true,
      name: true,
      rank: true,
      description: true,
      programId: true,
      program: { select: { currency: true } },
      rules: { select: { metric: true, minimum: true } },
    },
  });
  if (!tier) throw new AppError("NOT_FOUND");
  return tier;
}

/** Renames a tier and replaces its rules; partners are re-evaluated by the next evaluation. */
export async function updateTier(ctx: VendorCtx, input: UpdateTierInput): Promise<{ programId: string }> {
  authorize(ctx, "programs.manage");
  return nameTaken("TIER_NAME_TAKEN", () =>
    withScope(scopeOf(ctx), async (tx) => {
      const before = await tierRow(tx, ctx.tenantId, input.tierId);
      const rules = rulesFrom(input.rules, before.program.currency);
      await tx.programTier.update({
        where: { tenantId_id: { tenantId: ctx.tenantId, id: before.id } },
        data: { name: input.name, description: input.description },
      });
      await tx.tierRule.deleteMany({ where: { tenantId: ctx.tenantId, tierId: before.id } });
      await writeRules(tx, ctx.tenantId, before.id, rules);
      if (before.name !== input.name) {
        // Partner.tier mirrors the held tier's name (the partner list sorts and filters on it).
        const holders = await tx.partnerProgram.findMany({
          where: { tenantId: ctx.tenantId, tierId: before.id },
          select: { partnerId: true },
        });
        await tx.partner.updateMany({
          where: { tenantId: ctx.tenantId, id: { in: holders.map((row) => row.partnerId) } },
          data: { tier: input.name },
        });
      }
      await recordAudit(tx, ctx, {
        action: "program.tierUpdated",
        entityType: "Program",
        entityId: before.programId,
        before: { tier: before.name, rules: ruleAudit(before.rules) },
        after: { tier: input.name, rules: ruleAudit(rules) },
      });
      return { programId: before.programId };
    }),
  );
}

/** Deletes a tier nobody holds (TIER_IN_USE otherwise); the ones above move down a rank. */
export async function deleteTier(ctx: VendorCtx, input: { tierId: string }): Promise<{ programId: string }> {
  authorize(ctx, "programs.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const tier = await tierRow(tx, ctx.tenantId, input.tierId);
    const inUse = await tx.partnerProgram.count({
      where: { tenantId: ctx.tenantId, OR: [{ tierId: tier.id }, { overrideTierId: tier.id }, { ruleTierId: tier.id }] },
    });
    // a price list for the tier, or one of its published versions, keeps it too (lib/pricing)
    const priced =
      (await tx.priceList.count({ where: { tenantId: ctx.tenantId, tierId: tier.id } })) +
      (await tx.priceListVersion.count({ where: { tenantId: ctx.tenantId, tierId: tier.id } }));
    if (inUse > 0 || priced > 0) throw new AppError("TIER_IN_USE");
    await tx.programTier.delete({ where: { tenantId_id: { tenantId: ctx.tenantId, id: tier.id } } });
    const above = await tx.programTier.findMany({
      where: { tenantId: ctx.tenantId, programId: tier.programId, rank: { gt: tier.rank } },
      orderBy: { rank: "asc" },
      select: { id: true, rank: true },
    });
    for (const row of above) {
      await tx.programTier.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: row.id } }, data: { rank: row.rank - 1 } });
    }
    await recordAudit(tx, ctx, {
      action: "program.tierDeleted",
      entityType: "Program",
      entityId: tier.programId,
      before: { tier: tier.name, rank: tier.rank, rules: ruleAudit(tier.rules) },
    });
    return { programId: tier.programId };
  });
}

/** Swaps a tier with its neighbour above or below (the ladder's order). */
export async function moveTier(ctx: VendorCtx, input: { tierId: string; direction: "up" | "down" }): Promise<{ programId: string }> {
  authorize(ctx, "programs.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const tier = await tierRow(tx, ctx.tenantId, input.tierId);
    const neighbour = await tx.programTier.findFirst({
      where: {
        tenantId: ctx.tenantId,
        programId: tier.programId,
        rank: input.direction === "up" ? { gt: tier.rank } : { lt: tier.rank },
      },
      orderBy: { rank: input.direction === "up" ? "asc" : "desc" },
      select: { id: true, rank: true, name: true },
    });
    if (!neighbour) return { programId: tier.programId };
    await swapRanks(tx, ctx.tenantId, { id: tier.id, rank: tier.rank }, neighbour);
    await recordAudit(tx, ctx, {
      action: "program.tierMoved",
      entityType: "Program",
      entityId: tier.programId,
      before: { tier: tier.name, rank: tier.rank },
      after: { tier: tier.name, rank: neighbour.rank },
    });
    return { programId: tier.programId };
  });
}

/** Ranks are unique per program: park one at 0 while the other takes its place. */
async function swapRanks(tx: Tx, tenantId: string, a: { id: string; rank: number }, b: { id: string; rank: number }) {
  await tx.programTier.update({ where: { tenantId_id: { tenantId, id: a.id } }, data: { rank: 0 } });
  await tx.programTier.update({ where: { tenantId_id: { tenantId, id: b.id } }, data: { rank: a.rank } });
  await tx.programTier.update({ where: { tenantId_id: { tenantId, id: a.id } }, data: { rank: b.rank } });
}

/** A unique violation of a name (program, tier) as the module's own error on the name field. */
async function nameTaken<T>(code: "PROGRAM_NAME_TAKEN" | "TIER_NAME_TAKEN", work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, "name")) throw new AppError(code, { fields: { name: [`errors.${code}`] } });
    throw error;
  }
}
