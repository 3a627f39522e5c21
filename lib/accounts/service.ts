import "server-only";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { assertFresh } from "@/lib/db/concurrency";
import { withScope, type Tx } from "@/lib/db/scope";
import { withReadScope } from "@/lib/db/read";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { claimAccounts, evaluate, keyed, type AccountDraft, type ClaimResult } from "./claims";
import type { AccountFields, ContactInput, CreateAccountInput, Industry, UpdateAccountInput } from "./schema";
import { visibleAccounts } from "./scope";
import type { AccountContactItem, AccountDetail, CreatedAccount } from "./types";
import { unsafeAcrossPartners, unsafeLoadClaimWorld } from "./world";
import { openConflicts } from "@/lib/conflicts/open";

// Lists and exports live in ./list.ts, the CSV import in ./import.ts.

export const DETAIL = {
  id: true,
  name: true,
  domain: true,
  taxId: true,
  country: true,
  region: true,
  city: true,
  postalCode: true,
  industry: true,
  reviewStatus: true,
  territorySource: true,
  version: true,
  createdAt: true,
  partner: { select: { id: true, name: true } },
  territory: { select: { id: true, path: true } },
  contacts: { select: { id: true, name: true, email: true, phone: true, title: true }, orderBy: { name: "asc" } },
} as const satisfies Prisma.AccountSelect;

function detail(row: Prisma.AccountGetPayload<{ select: typeof DETAIL }>): AccountDetail {
  return { ...row, industry: row.industry as Industry | null };
}

/** A refused draft as the form shows it: the problem on its field. */
function refuse(result: ClaimResult): never {
  if (result.ok) throw new Error("refuse() of an accepted draft");
  throw new AppError("VALIDATION_FAILED", { fields: { [result.problem.field]: [result.problem.message] } });
}

async function createOne(tx: Tx, ctx: TenantCtx, draft: AccountDraft): Promise<CreatedAccount> {
  const [result] = await claimAccounts(tx, ctx, [draft]);
  if (!result!.ok) refuse(result!);
  await recordAudit(tx, ctx, {
    action: "account.created",
    entityType: "Account",
    entityId: result.id,
    after: { name: draft.name, partnerId: draft.partnerId, reviewStatus: result.reviewStatus },
  });
  return { id: result.id, name: result.name, reviewStatus: result.reviewStatus };
}

/** Vendor: an account for a partner of this tenant, or a direct one. */
export async function createAccount(ctx: VendorCtx, input: CreateAccountInput): Promise<CreatedAccount> {
  authorize(ctx, "accounts.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    if (input.partnerId) {
      const partner = await tx.partner.findUnique({
        where: { tenantId_id: { tenantId: ctx.tenantId, id: input.partnerId } },
        select: { id: true },
      });
      if (!partner) throw new AppError("VALIDATION_FAILED", { fields: { partnerId: ["accounts.validation.partner"] } });
    }
    return createOne(tx, ctx, input);
  });
}

/** Portal: an account of the reader's own partner. */
export async function createOwnAccount(ctx: PartnerCtx, input: AccountFields): Promise<CreatedAccount> {
  authorize(ctx, "ownAccounts.manage");
  return withScope(scopeOf(ctx), (tx) => createOne(tx, ctx, { ...input, partnerId: ctx.partnerId }));
}

async function loadDetail(tx: Tx, ctx: TenantCtx, accountId: string): Promise<AccountDetail> {
  const row = await tx.account.findFirst({ where: { ...visibleAccounts(ctx), id: accountId }, select: DETAIL });
  if (!row) throw new AppError("NOT_FOUND");
  return detail(row);
}

/** Vendor: the account page. */
export async function getAccount(ctx: VendorCtx, accountId: string): Promise<AccountDetail> {
  authorize(ctx, "accounts.read");
  return withReadScope(scopeOf(ctx), (tx) => loadDetail(tx, ctx, accountId));
}

/** Portal: one of the partner's own accounts (another partner's id is NOT_FOUND). */
export async function getOwnAccount(ctx: PartnerCtx, accountId: string): Promise<AccountDetail> {
  authorize(ctx, "ownAccounts.read");
  return withReadScope(scopeOf(ctx), (tx) => loadDetail(tx, ctx, accountId));
}

/**
 * Saves an edit made at `version` (STALE_EDIT when another tab saved first). New keys are
 * checked like a new account's; a territory set by rules follows the rules again (a manual
 * one stays), and a new collision opens a conflict.
 */
async function updateOne(tx: Tx, ctx: TenantCtx, input: UpdateAccountInput): Promise<AccountDetail> {
  const before = await tx.account.findFirst({
    where: { ...visibleAccounts(ctx), id: input.accountId },
    select: { id: true, partnerId: true, name: true, territoryId: true, territorySource: true, version: true, territory: { select: { path: true } } },
  });
  if (!before) throw new AppError("NOT_FOUND");
  if (before.version !== input.version) throw new AppError("STALE_EDIT");
  const draft = keyed({ ...input, partnerId: before.partnerId });
  const world = await unsafeLoadClaimWorld(tx, ctx, [draft], before.partnerId ? [before.partnerId] : []);
  const verdict = evaluate(draft, world, [], before.id);
  if (verdict.problem) throw new AppError("VALIDATION_FAILED", { fields: { [verdict.problem.field]: [verdict.problem.message] } });
  const open = await unsafeAcrossPartners(tx, ctx, () =>
    tx.channelConflict.findMany({
      where: { tenantId: ctx.tenantId, accountId: before.id, status: "OPEN" },
      select: { kind: true, otherAccountId: true },
    }),
  );
  const fresh = verdict.conflicts.filter(
    (c) => !open.some((o) => o.kind === c.kind && o.otherAccountId === c.otherAccountId),
  );
  const byRules = before.territorySource !== "MANUAL";
  const territoryId = byRules ? (verdict.rule?.territoryId ?? null) : before.territoryId;
  assertFresh(
    await tx.account.updateMany({
      where: { ...visibleAccounts(ctx), id: before.id, version: input.version },
      data: {
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
        ...(byRules
          ? { territoryId, territorySource: verdict.rule ? "RULE" : "NONE", territoryRuleId: verdict.rule?.id ?? null }
          : {}),
        ...(fresh.length ? { reviewStatus: "UNDER_REVIEW" } : {}),
        version: { increment: 1 },
      },
    }),
  );
  if (byRules && territoryId !== before.territoryId) {
    await unsafeAcrossPartners(tx, ctx, () =>
      tx.accountTerritoryChange.create({
        data: {
          id: createId("territoryChange"),
          tenantId: ctx.tenantId,
          accountId: before.id,
          fromTerritory: before.territory?.path ?? null,
          toTerritory: verdict.rule?.territoryPath ?? null,
          toTerritoryId: territoryId,
          source: verdict.rule ? "RULE" : "NONE",
          ruleId: verdict.rule?.id ?? null,
          actorUserId: ctx.user.id,
        },
      }),
    );
  }
  if (fresh.length) {
    await unsafeAcrossPartners(tx, ctx, () =>
      openConflicts(tx, ctx, fresh.map((c) => ({ ...c, accountId: before.id, accountName: draft.name }))),
    );
  }
  await recordAudit(tx, ctx, {
    action: "account.updated",
    entityType: "Account",
    entityId: before.id,
    before: { name: before.name, version: before.version },
    after: { name: draft.name, domain: draft.domain, taxId: draft.taxId, country: draft.country, region: draft.region },
  });
  return loadDetail(tx, ctx, before.id);
}

export async function updateAccount(ctx: VendorCtx, input: UpdateAccountInput): Promise<AccountDetail> {
  authorize(ctx, "accounts.manage");
  return withScope(scopeOf(ctx), (tx) => updateOne(tx, ctx, input));
}

export async function updateOwnAccount(ctx: PartnerCtx, input: UpdateAccountInput): Promise<AccountDetail> {
  authorize(ctx, "ownAccounts.manage");
  return withScope(scopeOf(ctx), (tx) => updateOne(tx, ctx, input));
}

async function addContactTo(tx: Tx, ctx: TenantCtx, input: ContactInput): Promise<AccountContactItem> {
  const account = await tx.account.findFirst({
    where: { ...visibleAccounts(ctx), id: input.accountId },
    select: { id: true, partnerId: true },
  });
  if (!account) throw new AppError("NOT_FOUND");
  const contact = await tx.accountContact.create({
    data: {
      id: createId("contact"),
      tenantId: ctx.tenantId,
      accountId: account.id,
      partnerId: account.partnerId,
      name: input.name,
      email: input.email,
      phone: input.phone,
      title: input.title,
    },
    select: { id: true, name: true, email: true, phone: true, title: true },
  });
  await recordAudit(tx, ctx, {
    action: "contact.added",
    entityType: "Account",
    entityId: account.id,
    after: { contact: contact.name, email: contact.email },
  });
  return contact;
}

export async function addContact(ctx: VendorCtx, input: ContactInput): Promise<AccountContactItem> {
  authorize(ctx, "accounts.manage");
  return withScope(scopeOf(ctx), (tx) => addContactTo(tx, ctx, input));
}

export async function addOwnContact(ctx: PartnerCtx, input: ContactInput): Promise<AccountContactItem> {
  authorize(ctx, "ownAccounts.manage");
  return withScope(scopeOf(ctx), (tx) => addContactTo(tx, ctx, input));
}

async function removeContactFrom(tx: Tx, ctx: TenantCtx, contactId: string): Promise<{ accountId: string }> {
  const contact = await tx.accountContact.findFirst({
    where: { tenantId: ctx.tenantId, id: contactId, account: visibleAccounts(ctx) },
    select: { id: true, name: true, accountId: true },
  });
  if (!contact) throw new AppError("NOT_FOUND");
  await tx.accountContact.delete({ where: { tenantId_id: { tenantId: ctx.tenantId, id: contact.id } } });
  await recordAudit(tx, ctx, {
    action: "contact.removed",
    entityType: "Account",
    entityId: contact.accountId,
    before: { contact: contact.name },
  });
  return { accountId: contact.accountId };
}

export async function removeContact(ctx: VendorCtx, contactId: string): Promise<{ accountId: string }> {
  authorize(ctx, "accounts.manage");
  return withScope(scopeOf(ctx), (tx) => removeContactFrom(tx, ctx, contactId));
}

export async function removeOwnContact(ctx: PartnerCtx, contactId: string): Promise<{ accountId: string }> {
  authorize(ctx, "ownAccounts.manage");
  return withScope(scopeOf(ctx), (tx) => removeContactFrom(tx, ctx, contactId));
}

/** Most owners offered in a select (filters, new account); a larger channel types a name into search instead. */
export const OWNER_OPTIONS_LIMIT = 500;

/** Partners that may own accounts (not offboarded), by name, for owner selects. */
export async function accountOwnerOptions(ctx: VendorCtx): Promise<{ value: string; label: string }[]> {
  authorize(ctx, "accounts.read");
  return withReadScope(scopeOf(ctx), async (tx) =>
    (
      await tx.partner.findMany({
        where: { tenantId: ctx.tenantId, status: { not: "OFFBOARDED" } },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: OWNER_OPTIONS_LIMIT,
        select: { id: true, name: true },
      })
    ).map((p) => ({ value: p.id, label: p.name })),
  );
}
