import "server-only";
import { authorize, scopeOf, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { rolesWithPermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/service";
import { regionKey } from "@/lib/accounts/normalize";
import { assertFresh, lockKey } from "@/lib/db/concurrency";
import { withScope, type Tx } from "@/lib/db/scope";
import { withReadScope } from "@/lib/db/read";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { specificity } from "./precedence";
import type { CreateTerritoryInput, RuleInput, UpdateTerritoryInput } from "./schema";
import type { OwnTerritory, TerritoryNodeItem, TerritoryRuleItem } from "./types";

// Account assignment (override, re-running the rules, "why this territory") lives in ./assign.ts.

export const PATH_SEPARATOR = " › ";

const RULE = {
  id: true,
  territoryId: true,
  country: true,
  region: true,
  regionKey: true,
  postalPrefix: true,
  industry: true,
  priority: true,
} as const;

export function ruleItem(rule: {
  id: string;
  territoryId: string;
  country: string | null;
  region: string | null;
  regionKey: string | null;
  postalPrefix: string | null;
  industry: string | null;
  priority: number;
}): TerritoryRuleItem {
  const { regionKey: key, ...shown } = rule;
  return { ...shown, specificity: specificity({ ...rule, regionKey: key }) };
}

/** The whole tree in reading order (by path), with rules, owners, partners and account counts. */
export async function getTerritoryTree(ctx: VendorCtx): Promise<TerritoryNodeItem[]> {
  authorize(ctx, "territories.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const [nodes, counts] = await Promise.all([
      tx.territory.findMany({
        where: { tenantId: ctx.tenantId },
        orderBy: [{ path: "asc" }, { id: "asc" }],
        select: {
          id: true,
          parentId: true,
          name: true,
          description: true,
          path: true,
          depth: true,
          version: true,
          rules: { select: RULE, orderBy: [{ priority: "desc" }, { createdAt: "asc" }] },
          owners: { select: { membershipId: true, membership: { select: { user: { select: { name: true, email: true } } } } } },
          partners: { select: { partnerId: true, partner: { select: { name: true } } } },
        },
      }),
      tx.account.groupBy({ by: ["territoryId"], where: { tenantId: ctx.tenantId, territoryId: { not: null } }, _count: true }),
    ]);
    const count = new Map(counts.map((c) => [c.territoryId, c._count]));
    return nodes.map((node) => ({
      ...node,
      accounts: count.get(node.id) ?? 0,
      rules: node.rules.map(ruleItem),
      owners: node.owners.map((o) => ({ membershipId: o.membershipId, name: o.membership.user.name || o.membership.user.email })),
      partners: node.partners.map((p) => ({ partnerId: p.partnerId, name: p.partner.name })),
    }));
  });
}

/** Territories to choose from (filters, override, assignment): id and path. */
export async function territoryOptions(ctx: VendorCtx): Promise<{ id: string; path: string }[]> {
  authorize(ctx, "territories.read");
  return withReadScope(scopeOf(ctx), (tx) =>
    tx.territory.findMany({ where: { tenantId: ctx.tenantId }, orderBy: { path: "asc" }, select: { id: true, path: true } }),
  );
}

async function parentOf(tx: Tx, tenantId: string, parentId: string | null) {
  if (!parentId) return null;
  const parent = await tx.territory.findUnique({
    where: { tenantId_id: { tenantId, id: parentId } },
    select: { id: true, path: true, depth: true },
  });
  if (!parent) throw new AppError("VALIDATION_FAILED", { fields: { parentId: ["territories.validation.parent"] } });
  return parent;
}

async function assertFreeName(tx: Tx, tenantId: string, parentId: string | null, name: string, except?: string) {
  const sibling = await tx.territory.findFirst({
    where: { tenantId, parentId, name: { equals: name, mode: "insensitive" }, ...(except ? { id: { not: except } } : {}) },
    select: { id: true },
  });
  if (sibling) throw new AppError("VALIDATION_FAILED", { fields: { name: ["territories.validation.nameTaken"] } });
}

export async function createTerritory(ctx: VendorCtx, input: CreateTerritoryInput): Promise<{ id: string }> {
  authorize(ctx, "territories.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    // One tree per tenant: concurrent creates of the same name under one parent queue here.
    await lockKey(tx, `territories:${ctx.tenantId}`);
    const parent = await parentOf(tx, ctx.tenantId, input.parentId);
    await assertFreeName(tx, ctx.tenantId, input.parentId, input.name);
    const id = createId("territory");
    const path = parent ? `${parent.path}${PATH_SEPARATOR}${input.name}` : input.name;
    await tx.territory.create({
      data: {
        id,
        tenantId: ctx.tenantId,
        parentId: parent?.id ?? null,
        name: input.name,
        description: input.description,
        path,
        depth: parent ? parent.depth + 1 : 0,
      },
    });
    await recordAudit(tx, ctx, { action: "territory.created", entityType: "Territory", entityId: id, after: { path } });
    return { id };
  });
}

/**
 * Renames or moves a territory (STALE_EDIT when another tab saved first); the paths and
 * depths of everything below follow. A territory cannot move under itself.
 */
export async function updateTerritory(ctx: VendorCtx, input: UpdateTerritoryInput): Promise<{ id: string }> {
  authorize(ctx, "territories.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    await lockKey(tx, `territories:${ctx.tenantId}`);
    const all = await tx.territory.findMany({
      where: { tenantId: ctx.tenantId },
      select: { id: true, parentId: true, name: true, path: true, version: true },
    });
    const before = all.find((t) => t.id === input.territoryId);
    if (!before) throw new AppError("NOT_FOUND");
    if (before.version !== input.version) throw new AppError("STALE_EDIT");
    const parent = await parentOf(tx, ctx.tenantId, input.parentId);
    for (let at = parent?.id ?? null; at; at = all.find((t) => t.id === at)?.parentId ?? null) {
      if (at === before.id) throw new AppError("VALIDATION_FAILED", { fields: { parentId: ["territories.validation.cycle"] } });
    }
    await assertFreeName(tx, ctx.tenantId, input.parentId, input.name, before.id);
    assertFresh(
      await tx.territory.updateMany({
        where: { tenantId: ctx.tenantId, id: before.id, version: input.version },
        data: { name: input.name, description: input.description, parentId: parent?.id ?? null, version: { increment: 1 } },
      }),
    );
    await repath(tx, ctx.tenantId);
    await recordAudit(tx, ctx, {
      action: "territory.updated",
      entityType: "Territory",
      entityId: before.id,
      before: { name: before.name, path: before.path },
      after: { name: input.name, parentId: parent?.id ?? null },
    });
    return { id: before.id };
  });
}

/** Recomputes every path and depth from the parents (trees are small; one statement). */
async function repath(tx: Tx, tenantId: string): Promise<void> {
  await tx.$executeRaw`
    WITH RECURSIVE tree AS (
      SELECT "id", "name"::text AS path, 0 AS depth FROM "Territory" WHERE "tenantId" = ${tenantId} AND "parentId" IS NULL
      UNION ALL
      SELECT t."id", tree.path || ${PATH_SEPARATOR} || t."name", tree.depth + 1
      FROM "Territory" t JOIN tree ON t."parentId" = tree."id" WHERE t."tenantId" = ${tenantId}
    )
    UPDATE "Territory" t SET "path" = tree.path, "depth" = tree.depth
    FROM tree WHERE t."tenantId" = ${tenantId} AND t."id" = tree."id" AND (t."path" <> tree.path OR t."depth" <> tree.depth)`;
}

/**
 * Deletes a leaf territory. Its accounts lose it (history says so) and wait for the rules
 * to place them again; a territory with children must be emptied first.
 */
export async function deleteTerritory(ctx: VendorCtx, territoryId: string): Promise<void> {
  authorize(ctx, "territories.manage");
  await withScope(scopeOf(ctx), async (tx) => {
    await lockKey(tx, `territories:${ctx.tenantId}`);
    const territory = await tx.territory.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: territoryId } },
      select: { id: true, path: true, _count: { select: { children: true } } },
    });
    if (!territory) throw new AppError("NOT_FOUND");
    if (territory._count.children) throw new AppError("TERRITORY_HAS_CHILDREN");
    const accounts = await tx.account.findMany({
      where: { tenantId: ctx.tenantId, territoryId },
      select: { id: true },
    });
    await tx.accountTerritoryChange.createMany({
      data: accounts.map((a) => ({
        id: createId("territoryChange"),
        tenantId: ctx.tenantId,
        accountId: a.id,
        fromTerritory: territory.path,
        toTerritory: null,
        toTerritoryId: null,
        source: "NONE" as const,
        reason: null,
        actorUserId: ctx.user.id,
      })),
    });
    await tx.account.updateMany({
      where: { tenantId: ctx.tenantId, territoryId },
      data: { territoryId: null, territoryRuleId: null, territorySource: "NONE" },
    });
    await tx.account.updateMany({
      where: { tenantId: ctx.tenantId, territoryRule: { territoryId } },
      data: { territoryRuleId: null },
    });
    await tx.territory.delete({ where: { tenantId_id: { tenantId: ctx.tenantId, id: territoryId } } });
    await recordAudit(tx, ctx, {
      action: "territory.deleted",
      entityType: "Territory",
      entityId: territoryId,
      before: { path: territory.path, accounts: accounts.length },
    });
  });
}

/** Adds a rule; it takes effect for new accounts at once and for existing ones when the rules are re-run. */
export async function addRule(ctx: VendorCtx, input: RuleInput): Promise<TerritoryRuleItem> {
  authorize(ctx, "territories.manage");
  const key = regionKey(input.region);
  if (!input.country && !key && !input.postalPrefix && !input.industry) {
    throw new AppError("VALIDATION_FAILED", { fields: { country: ["territories.validation.ruleEmpty"] } });
  }
  return withScope(scopeOf(ctx), async (tx) => {
    const territory = await tx.territory.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.territoryId } },
      select: { id: true, path: true },
    });
    if (!territory) throw new AppError("NOT_FOUND");
    const rule = await tx.territoryRule.create({
      data: {
        id: createId("territoryRule"),
        tenantId: ctx.tenantId,
        territoryId: territory.id,
        country: input.country,
        region: input.region,
        regionKey: key,
        postalPrefix: input.postalPrefix,
        industry: input.industry,
        priority: input.priority,
      },
      select: RULE,
    });
    await recordAudit(tx, ctx, {
      action: "territoryRule.added",
      entityType: "Territory",
      entityId: territory.id,
      after: { country: rule.country, region: rule.region, postalPrefix: rule.postalPrefix, industry: rule.industry, priority: rule.priority },
    });
    return ruleItem(rule);
  });
}

/** Removes a rule; accounts it placed keep their territory until the rules are re-run. */
export async function removeRule(ctx: VendorCtx, ruleId: string): Promise<void> {
  authorize(ctx, "territories.manage");
  await withScope(scopeOf(ctx), async (tx) => {
    const rule = await tx.territoryRule.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: ruleId } }, select: RULE });
    if (!rule) throw new AppError("NOT_FOUND");
    await tx.account.updateMany({ where: { tenantId: ctx.tenantId, territoryRuleId: ruleId }, data: { territoryRuleId: null } });
    await tx.territoryRule.delete({ where: { tenantId_id: { tenantId: ctx.tenantId, id: ruleId } } });
    await recordAudit(tx, ctx, {
      action: "territoryRule.removed",
      entityType: "Territory",
      entityId: rule.territoryId,
      before: { country: rule.country, region: rule.region, postalPrefix: rule.postalPrefix, industry: rule.industry, priority: rule.priority },
    });
  });
}

/** Names a vendor rep (an active back-office seat that reads territories) as an owner. */
export async function addTerritoryOwner(ctx: VendorCtx, input: { territoryId: string; membershipId: string }): Promise<void> {
  authorize(ctx, "territories.manage");
  await withScope(scopeOf(ctx), async (tx) => {
    const [territory, seat] = await Promise.all([
      tx.territory.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.territoryId } }, select: { id: true } }),
      tx.membership.findFirst({
        where: { tenantId: ctx.tenantId, id: input.membershipId, status: "ACTIVE", role: { in: rolesWithPermission("territories.read").vendor } },
        select: { id: true, user: { select: { name: true } } },
      }),
    ]);
    if (!territory) throw new AppError("NOT_FOUND");
    if (!seat) throw new AppError("VALIDATION_FAILED", { fields: { membershipId: ["territories.validation.owner"] } });
    const already = await tx.territoryOwner.count({ where: { tenantId: ctx.tenantId, territoryId: territory.id, membershipId: seat.id } });
    if (already) return;
    await tx.territoryOwner.create({
      data: { id: createId("territoryOwner"), tenantId: ctx.tenantId, territoryId: territory.id, membershipId: seat.id },
    });
    await recordAudit(tx, ctx, { action: "territory.ownerAdded", entityType: "Territory", entityId: territory.id, after: { owner: seat.user.name } });
  });
}

export async function removeTerritoryOwner(ctx: VendorCtx, input: { territoryId: string; membershipId: string }): Promise<void> {
  authorize(ctx, "territories.manage");
  await withScope(scopeOf(ctx), async (tx) => {
    const removed = await tx.territoryOwner.deleteMany({
      where: { tenantId: ctx.tenantId, territoryId: input.territoryId, membershipId: input.membershipId },
    });
    if (!removed.count) throw new AppError("NOT_FOUND");
    await recordAudit(tx, ctx, { action: "territory.ownerRemoved", entityType: "Territory", entityId: input.territoryId, before: { membershipId: input.membershipId } });
  });
}

/** Assigns a partner to a territory (and so to everything below it). */
export async function assignTerritoryPartner(ctx: VendorCtx, input: { territoryId: string; partnerId: string }): Promise<void> {
  authorize(ctx, "territories.manage");
  await withScope(scopeOf(ctx), async (tx) => {
    const [territory, partner] = await Promise.all([
      tx.territory.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.territoryId } }, select: { id: true } }),
      tx.partner.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.partnerId } }, select: { id: true, name: true } }),
    ]);
    if (!territory || !partner) throw new AppError("NOT_FOUND");
    const already = await tx.territoryPartner.count({ where: { tenantId: ctx.tenantId, territoryId: territory.id, partnerId: partner.id } });
    if (already) return;
    await tx.territoryPartner.create({
      data: { id: createId("territoryPartner"), tenantId: ctx.tenantId, territoryId: territory.id, partnerId: partner.id },
    });
    await recordAudit(tx, ctx, { action: "territory.partnerAssigned", entityType: "Territory", entityId: territory.id, after: { partner: partner.name } });
  });
}

export async function unassignTerritoryPartner(ctx: VendorCtx, input: { territoryId: string; partnerId: string }): Promise<void> {
  authorize(ctx, "territories.manage");
  await withScope(scopeOf(ctx), async (tx) => {
    const removed = await tx.territoryPartner.deleteMany({
      where: { tenantId: ctx.tenantId, territoryId: input.territoryId, partnerId: input.partnerId },
    });
    if (!removed.count) throw new AppError("NOT_FOUND");
    await recordAudit(tx, ctx, { action: "territory.partnerUnassigned", entityType: "Territory", entityId: input.territoryId, before: { partnerId: input.partnerId } });
  });
}

/** The territories a partner is assigned to (the partner page's section). */
export async function territoriesOfPartner(ctx: VendorCtx, partnerId: string): Promise<OwnTerritory[]> {
  authorize(ctx, "territories.read");
  return withReadScope(scopeOf(ctx), (tx) => assignedTerritories(tx, ctx.tenantId, partnerId));
}

/** Portal: the reader's partner's territories. */
export async function listOwnTerritories(ctx: PartnerCtx): Promise<OwnTerritory[]> {
  authorize(ctx, "ownTerritories.read");
  return withReadScope(scopeOf(ctx), (tx) => assignedTerritories(tx, ctx.tenantId, ctx.partnerId));
}

async function assignedTerritories(tx: Tx, tenantId: string, partnerId: string): Promise<OwnTerritory[]> {
  const rows = await tx.territoryPartner.findMany({
    where: { tenantId, partnerId },
    select: { territory: { select: { id: true, path: true, description: true } } },
    orderBy: { territory: { path: "asc" } },
  });
  const counts = await tx.account.groupBy({
    by: ["territoryId"],
    where: { tenantId, partnerId, territoryId: { in: rows.map((r) => r.territory.id) } },
    _count: true,
  });
  const count = new Map(counts.map((c) => [c.territoryId, c._count]));
  return rows.map((r) => ({ ...r.territory, accounts: count.get(r.territory.id) ?? 0 }));
}

/** Who may be attached to a territory: active reps (seats that read territories) and partners (up to 500, by name). */
export async function territoryPeopleOptions(
  ctx: VendorCtx,
): Promise<{ reps: { value: string; label: string }[]; partners: { value: string; label: string }[] }> {
  authorize(ctx, "territories.manage");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const [reps, partners] = await Promise.all([
      tx.membership.findMany({
        where: { tenantId: ctx.tenantId, status: "ACTIVE", role: { in: rolesWithPermission("territories.read").vendor } },
        select: { id: true, user: { select: { name: true, email: true } } },
      }),
      tx.partner.findMany({
        where: { tenantId: ctx.tenantId, status: { not: "OFFBOARDED" } },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: 500,
        select: { id: true, name: true },
      }),
    ]);
    return {
      reps: reps.map((r) => ({ value: r.id, label: r.user.name || r.user.email })).sort((a, b) => a.label.localeCompare(b.label)),
      partners: partners.map((p) => ({ value: p.id, label: p.name })),
    };
  });
}
