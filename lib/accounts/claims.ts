import "server-only";
import type { SystemCtx, TenantCtx } from "@/lib/auth/context";
import type { Tx } from "@/lib/db/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { winningRule } from "@/lib/territories/precedence";
import { openConflicts, type ConflictDraft } from "@/lib/conflicts/open";
import { companyNameKey, normalizePostal, normalizeTaxId, regionKey } from "./normalize";
import type { AccountFields } from "./schema";
import {
  unsafeAcrossPartners,
  unsafeLoadClaimWorld,
  withinTerritories,
  type ClaimWorld,
  type KnownAccount,
  type MatchKeys,
  type WorldRule,
} from "./world";

/**
 * The one write path of new accounts (form, portal, import, seed): keys, de-duplication,
 * territory by rules and channel conflicts, for a batch of drafts in the caller's
 * transaction. A draft that repeats an account of the same owner (or a row earlier in the
 * batch) is refused with a field problem; one that repeats another owner's account, or
 * lies outside its partner's territories, is created UNDER_REVIEW with a conflict for the
 * channel manager — the answer never names the other owner.
 */

export type AccountDraft = AccountFields & { partnerId: string | null };

export type DraftProblem = { field: "name" | "website" | "taxId"; message: string; params?: Record<string, string | number> };

export type ClaimResult =
  | { ok: true; id: string; name: string; reviewStatus: "CLEAR" | "UNDER_REVIEW" }
  | { ok: false; problem: DraftProblem };

export type Keyed = AccountDraft &
  MatchKeys & { regionKey: string | null; postalCode: string | null; taxId: string | null };

export function keyed(draft: AccountDraft): Keyed {
  return {
    ...draft,
    nameKey: companyNameKey(draft.name),
    domain: draft.website,
    taxId: normalizeTaxId(draft.taxId),
    regionKey: regionKey(draft.region),
    postalCode: normalizePostal(draft.postalCode),
  };
}

/** Which keys two accounts share, strongest first. */
export function sharedKeys(a: MatchKeys, b: MatchKeys): ("taxId" | "domain" | "name")[] {
  const shared: ("taxId" | "domain" | "name")[] = [];
  if (a.taxId && a.taxId === b.taxId) shared.push("taxId");
  if (a.domain && a.domain === b.domain) shared.push("domain");
  if (a.nameKey && a.nameKey === b.nameKey) shared.push("name");
  return shared;
}

const FIELD_OF = { taxId: "taxId", domain: "website", name: "name" } as const;

export type Evaluation = {
  problem?: DraftProblem;
  rule: WorldRule | null;
  conflicts: Omit<ConflictDraft, "accountId">[];
};

/**
 * The verdict on one keyed draft. `earlier` are drafts of the same batch already accepted
 * (a file's earlier rows); `selfId` is left out of the matches when an account is edited.
 */
export function evaluate(
  draft: Keyed,
  world: ClaimWorld,
  earlier: readonly (MatchKeys & { line?: number })[] = [],
  selfId?: string,
): Evaluation {
  const rule = winningRule(world.rules, draft);
  const empty: Evaluation = { rule, conflicts: [] };
  for (const other of earlier) {
    const shared = sharedKeys(draft, other);
    if (shared.length) {
      return {
        ...empty,
        problem: { field: FIELD_OF[shared[0]!], message: "accounts.validation.duplicateInFile", params: { line: other.line ?? 0 } },
      };
    }
  }
  const conflicts: Omit<ConflictDraft, "accountId">[] = [];
  for (const match of world.matches as KnownAccount[]) {
    if (match.id === selfId) continue;
    const shared = sharedKeys(draft, match);
    if (!shared.length) continue;
    // Same owner, or a direct account created by the vendor: a plain duplicate.
    if (match.partnerId === draft.partnerId || draft.partnerId === null) {
      return {
        ...empty,
        problem: { field: FIELD_OF[shared[0]!], message: "accounts.validation.duplicate", params: { name: match.name } },
      };
    }
    conflicts.push({
      kind: "DUPLICATE_CLAIM",
      claimantPartnerId: draft.partnerId,
      otherAccountId: match.id,
      otherPartnerId: match.partnerId,
      matchedOn: shared,
      territoryPath: null,
    });
  }
  if (draft.partnerId) {
    const assigned = world.partnerTerritories.get(draft.partnerId);
    // A partner without territories is not limited to any (documented in docs/architecture.md).
    if (assigned?.size && !withinTerritories(rule?.territoryId ?? null, assigned, world.territories)) {
      conflicts.push({
        kind: "OUT_OF_TERRITORY",
        claimantPartnerId: draft.partnerId,
        otherAccountId: null,
        otherPartnerId: null,
        matchedOn: [],
        territoryPath: rule?.territoryPath ?? null,
      });
    }
  }
  return { rule, conflicts };
}

/** The row written for a new account. */
function accountRow(tenantId: string, id: string, draft: Keyed, verdict: Evaluation): Prisma.AccountCreateManyInput {
  return {
    id,
    tenantId,
    partnerId: draft.partnerId,
    name: draft.name,
    nameKey: draft.nameKey,
    domain: draft.domain,
    taxId: draft.taxId,
    country: draft.country,
    region: draft.region,
    regionKey: draft.regionKey,
    city: draft.city,
    postalCode: draft.postalCode,
    industry: draft.industry,
    territoryId: verdict.rule?.territoryId ?? null,
    territorySource: verdict.rule ? "RULE" : "NONE",
    territoryRuleId: verdict.rule?.id ?? null,
    reviewStatus: verdict.conflicts.length ? "UNDER_REVIEW" : "CLEAR",
  };
}

/**
 * Creates the accepted drafts of a batch (in the caller's transaction) and reports every
 * draft's outcome in order. The caller audits (one entry per account) from the results.
 */
export async function claimAccounts(
  tx: Tx,
  ctx: TenantCtx | SystemCtx,
  drafts: readonly (AccountDraft & { line?: number })[],
): Promise<ClaimResult[]> {
  const all = drafts.map((draft) => ({ ...keyed(draft), line: draft.line }));
  const owners = [...new Set(all.map((d) => d.partnerId).filter((p): p is string => !!p))];
  const world = await unsafeLoadClaimWorld(tx, ctx, all, owners);
  const accepted: (MatchKeys & { line?: number })[] = [];
  const rows: Prisma.AccountCreateManyInput[] = [];
  const history: Prisma.AccountTerritoryChangeCreateManyInput[] = [];
  const conflicts: ConflictDraft[] = [];
  const results: ClaimResult[] = [];
  for (const draft of all) {
    const verdict = evaluate(draft, world, accepted);
    if (verdict.problem) {
      results.push({ ok: false, problem: verdict.problem });
      continue;
    }
    const id = createId("account");
    accepted.push({ ...draft, line: draft.line });
    rows.push(accountRow(ctx.tenantId, id, draft, verdict));
    if (verdict.rule) {
      history.push({
        id: createId("territoryChange"),
        tenantId: ctx.tenantId,
        accountId: id,
        fromTerritory: null,
        toTerritory: verdict.rule.territoryPath,
        toTerritoryId: verdict.rule.territoryId,
        source: "RULE",
        ruleId: verdict.rule.id,
        actorUserId: ctx.user?.id ?? null,
      });
    }
    conflicts.push(...verdict.conflicts.map((c) => ({ ...c, accountId: id, accountName: draft.name })));
    results.push({ ok: true, id, name: draft.name, reviewStatus: verdict.conflicts.length ? "UNDER_REVIEW" : "CLEAR" });
  }
  if (rows.length) await tx.account.createMany({ data: rows });
  if (history.length || conflicts.length) {
    await unsafeAcrossPartners(tx, ctx, async () => {
      if (history.length) await tx.accountTerritoryChange.createMany({ data: history });
      if (conflicts.length) await openConflicts(tx, ctx, conflicts);
    });
  }
  return results;
}
