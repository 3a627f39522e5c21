import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { assertFresh } from "@/lib/db/concurrency";
import { withReadScope } from "@/lib/db/read";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import type { LeadRuleInput, UpdateLeadRuleInput } from "./schema";
import type { LeadRuleItem, LeadRuleOptions } from "./types";

/**
 * The distribution rules editor: ordered rules with their conditions (territory, minimum
 * tier, partner type, capacity) and SLA. Territory and tier must be this tenant's (a foreign
 * id is a validation error on its field); edits carry the rule's version (two tabs).
 */

const RULE_SELECT = {
  id: true,
  name: true,
  position: true,
  active: true,
  partnerType: true,
  capacity: true,
  slaHours: true,
  version: true,
  territory: { select: { id: true, path: true } },
  minTier: { select: { id: true, name: true, program: { select: { name: true } } } },
} as const;

export async function listLeadRules(ctx: VendorCtx): Promise<LeadRuleItem[]> {
  authorize(ctx, "leads.read");
  return withReadScope(scopeOf(ctx), async (tx) =>
    (await tx.leadRule.findMany({ where: { tenantId: ctx.tenantId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: RULE_SELECT })).map((r) => ({
      id: r.id,
      name: r.name,
      position: r.position,
      active: r.active,
      partnerType: r.partnerType,
      capacity: r.capacity,
      slaHours: r.slaHours,
      version: r.version,
      territory: r.territory,
      minTier: r.minTier ? { id: r.minTier.id, name: `${r.minTier.program.name} › ${r.minTier.name}` } : null,
    })),
  );
}

/** Territories and tiers a rule may name. */
export async function leadRuleOptions(ctx: VendorCtx): Promise<LeadRuleOptions> {
  authorize(ctx, "leads.configure");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const [territories, tiers] = await Promise.all([
      tx.territory.findMany({ where: { tenantId: ctx.tenantId }, orderBy: { path: "asc" }, select: { id: true, path: true } }),
      tx.programTier.findMany({
        where: { tenantId: ctx.tenantId },
        orderBy: [{ program: { name: "asc" } }, { rank: "asc" }],
        select: { id: true, name: true, program: { select: { name: true } } },
      }),
    ]);
    return {
      territories: territories.map((t) => ({ value: t.id, label: t.path })),
      tiers: tiers.map((t) => ({ value: t.id, label: `${t.program.name} › ${t.name}` })),
    };
  });
}

async function assertReferences(tx: Tx, tenantId: string, input: LeadRuleInput) {
  if (input.territoryId) {
    const found = await tx.territory.findUnique({ where: { tenantId_id: { tenantId, id: input.territoryId } }, select: { id: true } });
    if (!found) throw new AppError("VALIDATION_FAILED", { fields: { territoryId: ["leads.validation.territory"] } });
  }
  if (input.minTierId) {
    const found = await tx.programTier.findUnique({ where: { tenantId_id: { tenantId, id: input.minTierId } }, select: { id: true } });
    if (!found) throw new AppError("VALIDATION_FAILED", { fields: { minTierId: ["leads.validation.tier"] } });
  }
}

const fields = (input: LeadRuleInput) => ({
  name: input.name,
  territoryId: input.territoryId,
  minTierId: input.minTierId,
  partnerType: input.partnerType,
  capacity: input.capacity,
  slaHours: input.slaHours,
  active: input.active,
});

export async function createLeadRule(ctx: VendorCtx, input: LeadRuleInput): Promise<{ id: string }> {
  authorize(ctx, "leads.configure");
  return withScope(scopeOf(ctx), async (tx) => {
    await assertReferences(tx, ctx.tenantId, input);
    const last = await tx.leadRule.aggregate({ where: { tenantId: ctx.tenantId }, _max: { position: true } });
    const id = createId("leadRule");
    await tx.leadRule.create({ data: { id, tenantId: ctx.tenantId, position: (last._max.position ?? 0) + 1, ...fields(input) } });
    await recordAudit(tx, ctx, { action: "leadRule.created", entityType: "LeadRule", entityId: id, after: { ...fields(input) } });
    return { id };
  });
}

export async function updateLeadRule(ctx: VendorCtx, input: UpdateLeadRuleInput): Promise<{ id: string }> {
  authorize(ctx, "leads.configure");
  return withScope(scopeOf(ctx), async (tx) => {
    const before = await tx.leadRule.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.ruleId } }, select: { id: true, name: true } });
    if (!before) throw new AppError("NOT_FOUND");
    await assertReferences(tx, ctx.tenantId, input);
    assertFresh(
      await tx.leadRule.updateMany({
        where: { tenantId: ctx.tenantId, id: input.ruleId, version: input.version },
        data: { ...fields(input), version: { increment: 1 } },
      }),
    );
    await recordAudit(tx, ctx, { action: "leadRule.updated", entityType: "LeadRule", entityId: input.ruleId, before, after: { ...fields(input) } });
    return { id: input.ruleId };
  });
}

export async function deleteLeadRule(ctx: VendorCtx, input: { ruleId: string }): Promise<void> {
  authorize(ctx, "leads.configure");
  await withScope(scopeOf(ctx), async (tx) => {
    const rule = await tx.leadRule.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.ruleId } }, select: { name: true } });
    if (!rule) throw new AppError("NOT_FOUND");
    // Offers keep their explanation (rule name copied there); the link to the rule goes.
    await tx.leadOffer.updateMany({ where: { tenantId: ctx.tenantId, ruleId: input.ruleId }, data: { ruleId: null } });
    await tx.leadRule.delete({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.ruleId } } });
    await recordAudit(tx, ctx, { action: "leadRule.deleted", entityType: "LeadRule", entityId: input.ruleId, before: rule });
  });
}

/** Swaps a rule with its neighbour above or below (positions need not be contiguous). */
export async function moveLeadRule(ctx: VendorCtx, input: { ruleId: string; direction: "up" | "down" }): Promise<void> {
  authorize(ctx, "leads.configure");
  await withScope(scopeOf(ctx), async (tx) => {
    const rule = await tx.leadRule.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.ruleId } }, select: { id: true, position: true, name: true } });
    if (!rule) throw new AppError("NOT_FOUND");
    const up = input.direction === "up";
    const neighbour = await tx.leadRule.findFirst({
      where: { tenantId: ctx.tenantId, position: up ? { lt: rule.position } : { gt: rule.position } },
      orderBy: { position: up ? "desc" : "asc" },
      select: { id: true, position: true },
    });
    if (!neighbour) return;
    await tx.leadRule.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: rule.id } }, data: { position: neighbour.position } });
    await tx.leadRule.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: neighbour.id } }, data: { position: rule.position } });
    await recordAudit(tx, ctx, { action: "leadRule.moved", entityType: "LeadRule", entityId: rule.id, before: { position: rule.position }, after: { position: neighbour.position } });
  });
}
