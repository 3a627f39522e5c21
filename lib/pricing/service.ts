import { withReadScope } from "@/lib/db/read";
import "server-only";
import { dateToDay, dayToDate } from "@/lib/activities/dates";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { MAX_AMOUNT_MINOR } from "@/lib/catalog/schema";
import { lockRow } from "@/lib/db/concurrency";
import { isUniqueViolation } from "@/lib/db/errors";
import { containsText } from "@/lib/db/like";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { direction, pageWindow, type ListPage } from "@/lib/lists/query";
import { parseAmount, toDecimalString } from "@/lib/money";
import { priceListLifecycle } from "./lifecycle";
import {
  entryListQuery,
  priceListQuery,
  type EntryListQuery,
  type PriceEntryInput,
  type PriceListFields,
  type PriceListQuery,
  type UpdatePriceListInput,
} from "./schema";
import type { PriceEntryItem, PriceListDetail, PriceListItem } from "./types";

// Publication, archiving and the guard live in ./publish.ts; versions in ./versions.ts.

export const LIST_ROW = {
  id: true,
  name: true,
  target: true,
  partnerType: true,
  tierId: true,
  currency: true,
  validFrom: true,
  validUntil: true,
  status: true,
  publishedNumber: true,
  updatedAt: true,
  partner: { select: { id: true, name: true } },
  tier: { select: { name: true, program: { select: { name: true } } } },
  _count: { select: { entries: true } },
} as const satisfies Prisma.PriceListSelect;

type ListRow = Prisma.PriceListGetPayload<{ select: typeof LIST_ROW }>;

/** "Distribution › Gold": a tier named with its program. */
export const tierLabel = (tier: { name: string; program: { name: string } }) => `${tier.program.name} › ${tier.name}`;

function item(row: ListRow): PriceListItem {
  const { _count, validFrom, validUntil, tier, ...rest } = row;
  return {
    ...rest,
    tierName: tier ? tierLabel(tier) : null,
    validFrom: dateToDay(validFrom),
    validUntil: validUntil ? dateToDay(validUntil) : null,
    entries: _count.entries,
  };
}

/** Vendor: the price lists, filtered by status, target or name. */
export async function listPriceLists(ctx: VendorCtx, input: Partial<PriceListQuery> = {}): Promise<ListPage<PriceListItem>> {
  authorize(ctx, "pricing.read");
  const query = { ...priceListQuery.parse({}), ...input };
  const where: Prisma.PriceListWhereInput = {
    tenantId: ctx.tenantId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.target ? { target: query.target } : {}),
    ...(query.q ? { name: containsText(query.q) } : {}),
  };
  const orderBy = query.sort.id === "created" ? { createdAt: direction(query.sort) } : { name: direction(query.sort) };
  return withReadScope(scopeOf(ctx), async (tx) => {
    const [rows, total] = await Promise.all([
      tx.priceList.findMany({ where, orderBy: [orderBy, { id: "asc" }], ...pageWindow(query), select: LIST_ROW }),
      tx.priceList.count({ where }),
    ]);
    return { rows: rows.map(item), total, page: query.page, pageSize: query.pageSize };
  });
}

async function loadDetail(tx: Tx, tenantId: string, listId: string): Promise<PriceListDetail> {
  const row = await tx.priceList.findUnique({
    where: { tenantId_id: { tenantId, id: listId } },
    select: { ...LIST_ROW, description: true, adjustPercent: true, version: true },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const { description, adjustPercent, version, ...rest } = row;
  return { ...item(rest), description, adjustPercent: adjustPercent === null ? null : adjustPercent.toString(), version };
}

/** Vendor: a list's page. */
export async function getPriceList(ctx: VendorCtx, listId: string): Promise<PriceListDetail> {
  authorize(ctx, "pricing.read");
  return withReadScope(scopeOf(ctx), (tx) => loadDetail(tx, ctx.tenantId, listId));
}

const ENTRY_ROW = {
  id: true,
  productId: true,
  minQuantity: true,
  method: true,
  amountMinor: true,
  percent: true,
  product: { select: { sku: true, nameEn: true, nameEs: true } },
} as const satisfies Prisma.PriceListEntrySelect;

export function entryItem(row: Prisma.PriceListEntryGetPayload<{ select: typeof ENTRY_ROW }>): PriceEntryItem {
  const { product, percent, ...rest } = row;
  return { ...rest, ...product, percent: percent === null ? null : percent.toString() };
}

/** Vendor: a list's prices (its working copy), by SKU then break, filtered by SKU or name. */
export async function listPriceEntries(ctx: VendorCtx, listId: string, input: Partial<EntryListQuery> = {}): Promise<ListPage<PriceEntryItem>> {
  authorize(ctx, "pricing.read");
  const query = { ...entryListQuery.parse({}), ...input };
  return withReadScope(scopeOf(ctx), async (tx) => {
    if (!(await tx.priceList.count({ where: { tenantId: ctx.tenantId, id: listId } }))) throw new AppError("NOT_FOUND");
    const filter = query.q ? containsText(query.q) : null;
    const where: Prisma.PriceListEntryWhereInput = {
      tenantId: ctx.tenantId,
      listId,
      ...(filter ? { product: { OR: [{ sku: filter }, { nameEn: filter }, { nameEs: filter }] } } : {}),
    };
    const [rows, total] = await Promise.all([
      tx.priceListEntry.findMany({
        where,
        orderBy: [{ product: { sku: direction(query.sort) } }, { minQuantity: "asc" }, { id: "asc" }],
        ...pageWindow(query),
        select: ENTRY_ROW,
      }),
      tx.priceListEntry.count({ where }),
    ]);
    return { rows: rows.map(entryItem), total, page: query.page, pageSize: query.pageSize };
  });
}

/** The target's partner must be this tenant's (another tenant's id is a field error, never a link). */
async function checkTarget(tx: Tx, tenantId: string, fields: PriceListFields): Promise<void> {
  if (fields.partnerId && !(await tx.partner.count({ where: { tenantId, id: fields.partnerId } }))) {
    throw new AppError("VALIDATION_FAILED", { fields: { partnerId: ["pricing.validation.partner"] } });
  }
  if (fields.tierId && !(await tx.programTier.count({ where: { tenantId, id: fields.tierId } }))) {
    throw new AppError("VALIDATION_FAILED", { fields: { tierId: ["pricing.validation.tier"] } });
  }
}

const nameTaken = () => new AppError("VALIDATION_FAILED", { fields: { name: ["pricing.validation.nameTaken"] } });

function columns(fields: PriceListFields) {
  return {
    name: fields.name,
    description: fields.description,
    target: fields.target,
    partnerType: fields.partnerType,
    partnerId: fields.partnerId,
    tierId: fields.tierId,
    currency: fields.currency,
    validFrom: dayToDate(fields.validFrom),
    validUntil: fields.validUntil ? dayToDate(fields.validUntil) : null,
    adjustPercent: fields.adjustPercent,
  };
}

const auditOf = (fields: PriceListFields): Prisma.InputJsonObject => ({ ...fields });

/** Vendor: a new list, as a draft (it applies to nobody until published). */
export async function createPriceList(ctx: VendorCtx, fields: PriceListFields): Promise<{ id: string }> {
  authorize(ctx, "pricing.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    await checkTarget(tx, ctx.tenantId, fields);
    if (await tx.priceList.count({ where: { tenantId: ctx.tenantId, name: { equals: fields.name, mode: "insensitive" } } })) throw nameTaken();
    const id = createId("priceList");
    try {
      await tx.priceList.create({ data: { id, tenantId: ctx.tenantId, ...columns(fields) } });
    } catch (error) {
      if (isUniqueViolation(error)) throw nameTaken();
      throw error;
    }
    await recordAudit(tx, ctx, { action: "priceList.created", entityType: "PriceList", entityId: id, after: auditOf(fields) });
    return { id };
  });
}

/**
 * Every change of a working copy goes through here, inside its transaction: the row is
 * locked, the version the editor saw must still be current (STALE_EDIT), an archived list
 * cannot change (INVALID_TRANSITION), and a published list becomes CHANGED.
 */
export async function touchList(tx: Tx, ctx: VendorCtx, listId: string, seenVersion: number) {
  await lockRow(tx, "PriceList", { tenantId: ctx.tenantId, id: listId });
  const list = await tx.priceList.findUniqueOrThrow({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: listId } },
    select: { id: true, status: true, version: true, currency: true, target: true, name: true },
  });
  if (list.version !== seenVersion) throw new AppError("STALE_EDIT");
  if (list.status === "ARCHIVED") throw new AppError("INVALID_TRANSITION", { params: { from: "ARCHIVED", to: "CHANGED" } });
  const status = list.status === "PUBLISHED" ? priceListLifecycle.assert(ctx, "PUBLISHED", "CHANGED").rule.to : list.status;
  await tx.priceList.update({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: listId } },
    data: { status, version: { increment: 1 } },
  });
  return list;
}

/** Vendor: saves the list's settings as seen at `version`. */
export async function updatePriceList(ctx: VendorCtx, input: UpdatePriceListInput): Promise<{ listId: string }> {
  authorize(ctx, "pricing.manage");
  const { listId, version, ...fields } = input;
  return withScope(scopeOf(ctx), async (tx) => {
    const before = await loadDetail(tx, ctx.tenantId, listId);
    await touchList(tx, ctx, listId, version);
    await checkTarget(tx, ctx.tenantId, fields);
    if (await tx.priceList.count({ where: { tenantId: ctx.tenantId, id: { not: listId }, name: { equals: fields.name, mode: "insensitive" } } })) {
      throw nameTaken();
    }
    // amounts are in the list's currency; a base list's prices are absolute (nothing to be relative to)
    const misfit = (field: string) => new AppError("VALIDATION_FAILED", { fields: { [field]: ["pricing.validation.entriesMisfit"] } });
    if (fields.currency !== before.currency && before.entries > 0) throw misfit("currency");
    if (fields.target === "BASE" && (await tx.priceListEntry.count({ where: { tenantId: ctx.tenantId, listId, method: { not: "PRICE" } } }))) {
      throw misfit("target");
    }
    await tx.priceList.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: listId } }, data: columns(fields) });
    await recordAudit(tx, ctx, {
      action: "priceList.updated",
      entityType: "PriceList",
      entityId: listId,
      before: { name: before.name, target: before.target, currency: before.currency, validFrom: before.validFrom, validUntil: before.validUntil, adjustPercent: before.adjustPercent },
      after: auditOf(fields),
    });
    return { listId };
  });
}

/** The entry's value in the list's currency: amounts exact, percentages as typed (checked by the schema). */
function valueOf(input: PriceEntryInput, currency: string): { amountMinor: bigint | null; percent: string | null } {
  const refuse = (message: string): never => {
    throw new AppError("VALIDATION_FAILED", { fields: { value: [message] } });
  };
  if (input.method === "PERCENT") {
    const text = input.value.replace(",", ".").replace(/^\+/, "");
    if (!/^-?\d{1,4}(?:\.\d{1,4})?$/.test(text) || Number(text) < -100 || Number(text) > 1000) refuse("pricing.validation.percent");
    return { amountMinor: null, percent: text };
  }
  let minor: bigint;
  try {
    minor = parseAmount(input.value, currency);
  } catch {
    return refuse("catalog.validation.amount");
  }
  if (minor > MAX_AMOUNT_MINOR || minor < -MAX_AMOUNT_MINOR) refuse("catalog.validation.amountRange");
  if (input.method === "PRICE" && minor < BigInt(0)) refuse("pricing.validation.negativePrice");
  return { amountMinor: minor, percent: null };
}

/** Vendor: sets a product's price at a break (adds it, or replaces that break's price). */
export async function setPriceEntry(ctx: VendorCtx, input: PriceEntryInput): Promise<{ listId: string; entryId: string }> {
  authorize(ctx, "pricing.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const list = await tx.priceList.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.listId } }, select: { id: true } });
    if (!list) throw new AppError("NOT_FOUND");
    const locked = await touchList(tx, ctx, input.listId, input.version);
    if (locked.target === "BASE" && input.method !== "PRICE") {
      throw new AppError("VALIDATION_FAILED", { fields: { method: ["pricing.validation.baseMethod"] } });
    }
    const product = await tx.product.findUnique({ where: { tenantId_sku: { tenantId: ctx.tenantId, sku: input.sku } }, select: { id: true } });
    if (!product) throw new AppError("VALIDATION_FAILED", { fields: { sku: ["pricing.validation.sku"] } });
    const value = valueOf(input, locked.currency);
    const key = { tenantId_listId_productId_minQuantity: { tenantId: ctx.tenantId, listId: input.listId, productId: product.id, minQuantity: input.minQuantity } };
    const before = await tx.priceListEntry.findUnique({ where: key, select: { id: true, method: true, amountMinor: true, percent: true } });
    const entryId = before?.id ?? createId("priceListEntry");
    await tx.priceListEntry.upsert({
      where: key,
      create: { id: entryId, tenantId: ctx.tenantId, listId: input.listId, productId: product.id, minQuantity: input.minQuantity, method: input.method, ...value },
      update: { method: input.method, ...value },
    });
    const shown = (v: { amountMinor: bigint | null; percent: { toString(): string } | string | null }) =>
      v.amountMinor !== null ? toDecimalString(v.amountMinor, locked.currency) : String(v.percent);
    await recordAudit(tx, ctx, {
      action: "priceList.priceSet",
      entityType: "PriceList",
      entityId: input.listId,
      before: before ? { sku: input.sku, minQuantity: input.minQuantity, method: before.method, value: shown(before) } : null,
      after: { sku: input.sku, minQuantity: input.minQuantity, method: input.method, value: shown(value) },
    });
    return { listId: input.listId, entryId };
  });
}

/** Vendor: removes one price (a break) from the working copy. */
export async function removePriceEntry(ctx: VendorCtx, input: { listId: string; version: number; entryId: string }): Promise<{ listId: string }> {
  authorize(ctx, "pricing.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const entry = await tx.priceListEntry.findFirst({
      where: { tenantId: ctx.tenantId, id: input.entryId, listId: input.listId },
      select: { id: true, minQuantity: true, product: { select: { sku: true } } },
    });
    if (!entry) throw new AppError("NOT_FOUND");
    await touchList(tx, ctx, input.listId, input.version);
    await tx.priceListEntry.delete({ where: { tenantId_id: { tenantId: ctx.tenantId, id: entry.id } } });
    await recordAudit(tx, ctx, {
      action: "priceList.priceRemoved",
      entityType: "PriceList",
      entityId: input.listId,
      before: { sku: entry.product.sku, minQuantity: entry.minQuantity },
    });
    return { listId: input.listId };
  });
}

/** Program tiers a list may be for ("Distribution › Gold"), by program and rank (the target select). */
export async function pricingTierOptions(ctx: VendorCtx): Promise<{ value: string; label: string }[]> {
  authorize(ctx, "pricing.read");
  return withReadScope(scopeOf(ctx), async (tx) =>
    (
      await tx.programTier.findMany({
        where: { tenantId: ctx.tenantId },
        orderBy: [{ program: { name: "asc" } }, { rank: "asc" }],
        select: { id: true, name: true, program: { select: { name: true } } },
      })
    ).map((tier) => ({ value: tier.id, label: tierLabel(tier) })),
  );
}

/** Partners a list may be for, by name (the target select). */
export async function pricingPartnerOptions(ctx: VendorCtx): Promise<{ value: string; label: string }[]> {
  authorize(ctx, "pricing.read");
  return withReadScope(scopeOf(ctx), async (tx) =>
    (
      await tx.partner.findMany({
        where: { tenantId: ctx.tenantId, status: { not: "OFFBOARDED" } },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: 500,
        select: { id: true, name: true },
      })
    ).map((p) => ({ value: p.id, label: p.name })),
  );
}
