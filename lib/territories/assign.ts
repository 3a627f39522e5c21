import "server-only";
import { authorize, scopeOf, type SystemCtx, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { withScope, type Tx } from "@/lib/db/scope";
import { withReadScope } from "@/lib/db/read";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { rankRules, winningRule, type PrecedenceRule } from "./precedence";
import type { OverrideTerritoryInput } from "./schema";
import { ruleItem } from "./service";
import type { TerritoryExplanation } from "./types";

/**
 * The precedence of ./precedence.ts as one SQL statement, for re-running the rules over a
 * whole tenant: for every account not placed by hand, the first matching rule in the same
 * order (criteria count, prefix length, priority, depth, age, id). `reassignSql` updates
 * the accounts that move and writes their history in the same statement; it returns how
 * many moved. It works on the accounts whose id lies in (after, upTo] (upTo null = to the
 * end), so a large tenant goes in batches of short transactions.
 * tests/integration/territories.test.ts checks it agrees with winningRule().
 */
export function reassignSql(
  tenantId: string,
  actorUserId: string | null,
  batch: { after: string; upTo: string | null } = { after: "", upTo: null },
): Prisma.Sql {
  const upTo = batch.upTo === null ? Prisma.empty : Prisma.sql`AND a."id" <= ${batch.upTo}`;
  return Prisma.sql`
    WITH best AS (
      SELECT a."id", a."territoryId" AS "fromId", r."id" AS "ruleId", r."territoryId" AS "toId"
      FROM "Account" a
      LEFT JOIN LATERAL (
        SELECT r."id", r."territoryId"
        FROM "TerritoryRule" r JOIN "Territory" t ON t."tenantId" = r."tenantId" AND t."id" = r."territoryId"
        WHERE r."tenantId" = a."tenantId"
          AND (r."country" IS NOT NULL OR r."regionKey" IS NOT NULL OR r."postalPrefix" IS NOT NULL OR r."industry" IS NOT NULL)
          AND (r."country" IS NULL OR r."country" = a."country")
          AND (r."regionKey" IS NULL OR r."regionKey" = a."regionKey")
          AND (r."postalPrefix" IS NULL OR left(a."postalCode", length(r."postalPrefix")) = r."postalPrefix")
          AND (r."industry" IS NULL OR r."industry" = a."industry")
        ORDER BY
          (r."country" IS NOT NULL)::int + (r."regionKey" IS NOT NULL)::int
            + (r."postalPrefix" IS NOT NULL)::int + (r."industry" IS NOT NULL)::int DESC,
          coalesce(length(r."postalPrefix"), 0) DESC,
          r."priority" DESC,
          t."depth" DESC,
          r."createdAt" ASC,
          r."id" COLLATE "C" ASC
        LIMIT 1
      ) r ON true
      WHERE a."tenantId" = ${tenantId} AND a."territorySource" <> 'MANUAL' AND a."id" > ${batch.after} ${upTo}
    ),
    moved AS (
      UPDATE "Account" a
      SET "territoryId" = best."toId",
          "territoryRuleId" = best."ruleId",
          "territorySource" = CASE WHEN best."ruleId" IS NULL THEN 'NONE' ELSE 'RULE' END::"AccountTerritorySource"
      FROM best
      WHERE a."tenantId" = ${tenantId} AND a."id" = best."id"
        AND (a."territoryId" IS DISTINCT FROM best."toId" OR a."territoryRuleId" IS DISTINCT FROM best."ruleId")
      RETURNING a."id", best."fromId", best."toId", best."ruleId"
    )
    INSERT INTO "AccountTerritoryChange"
      ("id", "tenantId", "accountId", "fromTerritory", "toTerritory", "toTerritoryId", "source", "ruleId", "actorUserId")
    SELECT 'tch_' || replace(gen_random_uuid()::text, '-', ''), ${tenantId}, moved."id", f."path", t."path", moved."toId",
           CASE WHEN moved."ruleId" IS NULL THEN 'NONE' ELSE 'RULE' END::"AccountTerritorySource", moved."ruleId", ${actorUserId}
    FROM moved
    LEFT JOIN "Territory" f ON f."tenantId" = ${tenantId} AND f."id" = moved."fromId"
    LEFT JOIN "Territory" t ON t."tenantId" = ${tenantId} AND t."id" = moved."toId"
    WHERE moved."fromId" IS DISTINCT FROM moved."toId"`;
}

/** Accounts re-placed per transaction: keeps each one short (well under the scope's timeout). */
export const REASSIGN_BATCH = 10_000;

/**
 * Places every account not chosen by hand by today's rules, in batches by id (each batch
 * its own transaction, so a re-run after an interruption simply finishes the job); returns
 * how many changed territory. The audit entry is written with the last batch.
 */
export async function reassignByRules(ctx: VendorCtx | SystemCtx): Promise<{ moved: number }> {
  authorize(ctx, "territories.manage");
  let moved = 0;
  let after = "";
  for (;;) {
    const done = await withScope(scopeOf(ctx), async (tx) => {
      const [bound] = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Account" WHERE "tenantId" = ${ctx.tenantId} AND "id" > ${after}
        ORDER BY "id" OFFSET ${REASSIGN_BATCH - 1} LIMIT 1`;
      const upTo = bound?.id ?? null;
      moved += await tx.$executeRaw(reassignSql(ctx.tenantId, ctx.user?.id ?? null, { after, upTo }));
      if (upTo !== null) {
        after = upTo;
        return false;
      }
      await recordAudit(tx, ctx, { action: "territory.rulesApplied", entityType: "Tenant", entityId: ctx.tenantId, after: { moved } });
      return true;
    });
    if (done) return { moved };
  }
}

async function rulesOf(tx: Tx, tenantId: string) {
  const rules = await tx.territoryRule.findMany({
    where: { tenantId },
    select: {
      id: true,
      territoryId: true,
      country: true,
      region: true,
      regionKey: true,
      postalPrefix: true,
      industry: true,
      priority: true,
      createdAt: true,
      territory: { select: { depth: true, path: true } },
    },
  });
  return rules.map(({ territory, ...rule }) => ({ ...rule, depth: territory.depth, territoryPath: territory.path }));
}

/**
 * A person's choice of territory for one account, with a reason; rules never move it
 * again. An empty territory gives the account back to the rules.
 */
export async function overrideAccountTerritory(ctx: VendorCtx, input: OverrideTerritoryInput): Promise<{ accountId: string }> {
  authorize(ctx, "territories.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const account = await tx.account.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.accountId } },
      select: { id: true, country: true, regionKey: true, postalCode: true, industry: true, territoryId: true, territory: { select: { path: true } } },
    });
    if (!account) throw new AppError("NOT_FOUND");
    let next: { territoryId: string | null; ruleId: string | null; source: "NONE" | "RULE" | "MANUAL"; path: string | null };
    if (input.territoryId) {
      const territory = await tx.territory.findUnique({
        where: { tenantId_id: { tenantId: ctx.tenantId, id: input.territoryId } },
        select: { id: true, path: true },
      });
      if (!territory) throw new AppError("VALIDATION_FAILED", { fields: { territoryId: ["territories.validation.territory"] } });
      if (!input.reason) throw new AppError("REASON_REQUIRED", { fields: { reason: ["validation.required"] } });
      next = { territoryId: territory.id, ruleId: null, source: "MANUAL", path: territory.path };
    } else {
      const rule = winningRule(await rulesOf(tx, ctx.tenantId), account);
      next = { territoryId: rule?.territoryId ?? null, ruleId: rule?.id ?? null, source: rule ? "RULE" : "NONE", path: rule?.territoryPath ?? null };
    }
    await tx.account.update({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: account.id } },
      data: { territoryId: next.territoryId, territoryRuleId: next.ruleId, territorySource: next.source, version: { increment: 1 } },
    });
    await tx.accountTerritoryChange.create({
      data: {
        id: createId("territoryChange"),
        tenantId: ctx.tenantId,
        accountId: account.id,
        fromTerritory: account.territory?.path ?? null,
        toTerritory: next.path,
        toTerritoryId: next.territoryId,
        source: next.source,
        ruleId: next.ruleId,
        reason: input.reason || null,
        actorUserId: ctx.user.id,
      },
    });
    await recordAudit(tx, ctx, {
      action: input.territoryId ? "account.territoryOverridden" : "account.territoryToRules",
      entityType: "Account",
      entityId: account.id,
      before: { territory: account.territory?.path ?? null },
      after: { territory: next.path, reason: input.reason || null },
    });
    return { accountId: account.id };
  });
}

/** "Why this territory": the rules matching the account today (winner first) and its history. */
export async function explainTerritory(ctx: VendorCtx, accountId: string): Promise<TerritoryExplanation> {
  authorize(ctx, "territories.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const account = await tx.account.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: accountId } },
      select: {
        country: true,
        regionKey: true,
        postalCode: true,
        industry: true,
        territorySource: true,
        territory: { select: { id: true, path: true } },
      },
    });
    if (!account) throw new AppError("NOT_FOUND");
    const [rules, history] = await Promise.all([
      rulesOf(tx, ctx.tenantId),
      tx.accountTerritoryChange.findMany({
        where: { tenantId: ctx.tenantId, accountId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 50,
      }),
    ]);
    const ranked = rankRules<PrecedenceRule & (typeof rules)[number]>(rules, account);
    const actors = await tx.user.findMany({
      where: { id: { in: [...new Set(history.map((h) => h.actorUserId).filter((v): v is string => !!v))] } },
      select: { id: true, name: true },
    });
    const actorName = new Map(actors.map((a) => [a.id, a.name]));
    return {
      source: account.territorySource,
      current: account.territory,
      candidates: ranked.map((rule, index) => ({ ...ruleItem(rule), territoryPath: rule.territoryPath, wins: index === 0 })),
      history: history.map((h) => ({
        id: h.id,
        fromTerritory: h.fromTerritory,
        toTerritory: h.toTerritory,
        source: h.source,
        reason: h.reason,
        actor: h.actorUserId ? (actorName.get(h.actorUserId) ?? null) : null,
        createdAt: h.createdAt,
      })),
    };
  });
}
