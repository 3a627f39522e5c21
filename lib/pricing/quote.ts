import "server-only";
import { todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { containsText } from "@/lib/db/like";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inBatches } from "@/lib/lists/csv";
import { direction, pageWindow, type ListPage } from "@/lib/lists/query";
import type { Buyer } from "./model";
import { prepare, priceBreaks, resolvePrepared, type Prepared, type Resolution } from "./resolve";
import { effectiveListQuery, type EffectiveListQuery, type PricePreviewInput } from "./schema";
import type { EffectivePriceItem, PricePreview } from "./types";
import { buyerVersions, loadBuyer, loadLiveLists } from "./world";

/**
 * Prices as a buyer meets them: the vendor's preview (any partner, any day), a partner's
 * own effective price list (today, its live lists only — row-level security shows it
 * nothing else) and the "your price" of a portal product page.
 */

async function preparedFor(tx: Tx, tenantId: string, buyer: Buyer, date: string, currency: string, productIds?: readonly string[]): Promise<Prepared> {
  const lists = await loadLiveLists(tx, tenantId, { currency, where: buyerVersions(buyer), ...(productIds ? { productIds } : {}) });
  return prepare(lists, buyer, date, currency);
}

/** Vendor: what a partner pays for a product (by SKU), a quantity, on a day, with the explanation. */
export async function previewPrice(ctx: VendorCtx, input: PricePreviewInput): Promise<PricePreview> {
  authorize(ctx, "pricing.read");
  return withScope(scopeOf(ctx), async (tx) => {
    const buyer = await loadBuyer(tx, ctx.tenantId, input.partnerId).catch((error: unknown) => {
      if ((error as AppError).code === "NOT_FOUND") throw new AppError("VALIDATION_FAILED", { fields: { partnerId: ["pricing.validation.partner"] } });
      throw error;
    });
    const product = await tx.product.findUnique({
      where: { tenantId_sku: { tenantId: ctx.tenantId, sku: input.sku } },
      select: { id: true, sku: true, nameEn: true, nameEs: true },
    });
    if (!product) throw new AppError("VALIDATION_FAILED", { fields: { sku: ["pricing.validation.sku"] } });
    const prepared = await preparedFor(tx, ctx.tenantId, buyer, input.date, input.currency, [product.id]);
    return {
      partner: { id: buyer.partnerId, name: buyer.name, type: buyer.partnerType },
      product,
      date: input.date,
      resolution: resolvePrepared(prepared, product.id, input.quantity),
    };
  });
}

/** The currencies a partner has live lists in (the portal's currency choice), the tenant's first. */
async function currenciesOf(tx: Tx, ctx: TenantCtx): Promise<string[]> {
  const rows = await tx.priceListVersion.findMany({ where: { tenantId: ctx.tenantId, live: true }, distinct: ["currency"], select: { currency: true } });
  const found = rows.map((r) => r.currency).sort();
  return [ctx.tenant.currency, ...found.filter((c) => c !== ctx.tenant.currency)];
}

const PRODUCT = { id: true, sku: true, nameEn: true, nameEs: true, unit: true, packSize: true } as const satisfies Prisma.ProductSelect;

function effectiveWhere(ctx: PartnerCtx, query: EffectiveListQuery, priced: readonly string[]): Prisma.ProductWhereInput {
  const filter = query.q ? containsText(query.q) : null;
  return {
    tenantId: ctx.tenantId,
    status: "ACTIVE",
    id: { in: [...priced] },
    ...(filter ? { OR: [{ sku: filter }, { nameEn: filter }, { nameEs: filter }] } : {}),
  };
}

type EffectiveSetup = { prepared: Prepared; priced: string[]; currency: string; currencies: string[]; today: string };

async function effectiveSetup(tx: Tx, ctx: PartnerCtx, query: EffectiveListQuery): Promise<EffectiveSetup> {
  const buyer = await loadBuyer(tx, ctx.tenantId, ctx.partnerId);
  const currencies = await currenciesOf(tx, ctx);
  const currency = query.currency && currencies.includes(query.currency) ? query.currency : currencies[0]!;
  const today = todayIn(ctx.tenant.timeZone);
  const prepared = await preparedFor(tx, ctx.tenantId, buyer, today, currency);
  // products some applicable list prices (a list-wide percentage prices what the base lists price)
  const priced = new Set<string>();
  for (const list of prepared.all) {
    if (list.level === "BASE" || !list.adjustPercent) for (const id of list.prices.keys()) priced.add(id);
  }
  return { prepared, priced: [...priced], currency, currencies, today };
}

function effectiveItem(setup: EffectiveSetup, product: Prisma.ProductGetPayload<{ select: typeof PRODUCT }>): EffectivePriceItem {
  return {
    productId: product.id,
    sku: product.sku,
    nameEn: product.nameEn,
    nameEs: product.nameEs,
    unit: product.unit,
    packSize: product.packSize,
    currency: setup.currency,
    breaks: priceBreaks(setup.prepared, product.id).map((b) => ({ minQuantity: b.minQuantity, unitPriceMinor: b.unitPriceMinor, listName: b.list.name })),
  };
}

const orderOf = (query: EffectiveListQuery, locale: string): Prisma.ProductOrderByWithRelationInput[] => [
  query.sort.id === "name" ? (locale === "es" ? { nameEs: direction(query.sort) } : { nameEn: direction(query.sort) }) : { sku: direction(query.sort) },
  { id: "asc" },
];

/**
 * Portal: the partner's effective price list today — every active product some list that
 * applies to it prices, with its unit price from each break on. Paged and searchable.
 */
export async function effectivePriceList(
  ctx: PartnerCtx,
  input: Partial<EffectiveListQuery> = {},
  locale = "en",
): Promise<ListPage<EffectivePriceItem> & { currency: string; currencies: string[]; date: string }> {
  authorize(ctx, "partnerPrices.read");
  const query = { ...effectiveListQuery.parse({}), ...input };
  return withScope(scopeOf(ctx), async (tx) => {
    const setup = await effectiveSetup(tx, ctx, query);
    const where = effectiveWhere(ctx, query, setup.priced);
    const [products, total] = await Promise.all([
      tx.product.findMany({ where, orderBy: orderOf(query, locale), ...pageWindow(query), select: PRODUCT }),
      tx.product.count({ where }),
    ]);
    return {
      rows: products.map((p) => effectiveItem(setup, p)).filter((row) => row.breaks.length > 0),
      total,
      page: query.page,
      pageSize: query.pageSize,
      currency: setup.currency,
      currencies: setup.currencies,
      date: setup.today,
    };
  });
}

/** Portal: the whole effective list for the CSV download, in batches (streamed by the route). */
export function exportEffectivePriceList(ctx: PartnerCtx, input: Partial<EffectiveListQuery>, locale = "en"): AsyncIterable<EffectivePriceItem> {
  authorize(ctx, "partnerPrices.read");
  const query = { ...effectiveListQuery.parse({}), ...input };
  let setup: Promise<EffectiveSetup> | null = null;
  return inBatches((window) =>
    withScope(scopeOf(ctx), async (tx) => {
      // the lists are read once: every batch prices with the same versions
      const ready = await (setup ??= effectiveSetup(tx, ctx, query));
      const products = await tx.product.findMany({ where: effectiveWhere(ctx, query, ready.priced), orderBy: orderOf(query, locale), ...window, select: PRODUCT });
      return products.map((p) => effectiveItem(ready, p)).filter((row) => row.breaks.length > 0);
    }),
  );
}

/** Portal: what the partner pays for one active product today, by quantity, with the explanation. */
export async function ownProductPrice(ctx: PartnerCtx, productId: string, quantity = 1): Promise<{ currency: string; resolution: Resolution; breaks: EffectivePriceItem["breaks"] }> {
  authorize(ctx, "partnerPrices.read");
  return withScope(scopeOf(ctx), async (tx) => {
    if (!(await tx.product.count({ where: { tenantId: ctx.tenantId, id: productId, status: "ACTIVE" } }))) throw new AppError("NOT_FOUND");
    const buyer = await loadBuyer(tx, ctx.tenantId, ctx.partnerId);
    const currency = ctx.tenant.currency;
    const prepared = await preparedFor(tx, ctx.tenantId, buyer, todayIn(ctx.tenant.timeZone), currency, [productId]);
    return {
      currency,
      resolution: resolvePrepared(prepared, productId, quantity),
      breaks: priceBreaks(prepared, productId).map((b) => ({ minQuantity: b.minQuantity, unitPriceMinor: b.unitPriceMinor, listName: b.list.name })),
    };
  });
}
