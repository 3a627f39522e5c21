import { withReadScope } from "@/lib/db/read";
import "server-only";
import { todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { containsText } from "@/lib/db/like";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
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
  return withReadScope(scopeOf(ctx), async (tx) => {
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

const orderOf = (query: EffectiveListQuery, locale: string): Prisma.ProductOrderByWithRelationInput[] => [
  query.sort.id === "name" ? (locale === "es" ? { nameEs: direction(query.sort) } : { nameEn: direction(query.sort) }) : { sku: direction(query.sort) },
  { id: "asc" },
];

type Effective = { rows: EffectivePriceItem[]; currency: string; currencies: string[]; date: string };

/**
 * Every active product some list that applies to the partner prices today, in the list's
 * order, with its breaks: one read of the buyer's live lists and of the catalog, priced in
 * memory (the engine remembers what applies to the buyer), so the page's total and the
 * download are exactly the products that have a price.
 */
async function effectiveRows(tx: Tx, ctx: PartnerCtx, query: EffectiveListQuery, locale: string): Promise<Effective> {
  const buyer = await loadBuyer(tx, ctx.tenantId, ctx.partnerId);
  const currencies = await currenciesOf(tx, ctx);
  const currency = query.currency && currencies.includes(query.currency) ? query.currency : currencies[0]!;
  const date = todayIn(ctx.tenant.timeZone);
  const prepared = await preparedFor(tx, ctx.tenantId, buyer, date, currency);
  const filter = query.q ? containsText(query.q) : null;
  const products = await tx.product.findMany({
    where: { tenantId: ctx.tenantId, status: "ACTIVE", ...(filter ? { OR: [{ sku: filter }, { nameEn: filter }, { nameEs: filter }] } : {}) },
    orderBy: orderOf(query, locale),
    select: PRODUCT,
  });
  const rows: EffectivePriceItem[] = [];
  for (const product of products) {
    const breaks = priceBreaks(prepared, product.id);
    if (!breaks.length) continue;
    rows.push({
      productId: product.id,
      sku: product.sku,
      nameEn: product.nameEn,
      nameEs: product.nameEs,
      unit: product.unit,
      packSize: product.packSize,
      currency,
      breaks: breaks.map((b) => ({ minQuantity: b.minQuantity, unitPriceMinor: b.unitPriceMinor, listName: b.list.name })),
    });
  }
  return { rows, currency, currencies, date };
}

/** Portal: the partner's effective price list today, searchable and paged. */
export async function effectivePriceList(
  ctx: PartnerCtx,
  input: Partial<EffectiveListQuery> = {},
  locale = "en",
): Promise<ListPage<EffectivePriceItem> & { currency: string; currencies: string[]; date: string }> {
  authorize(ctx, "partnerPrices.read");
  const query = { ...effectiveListQuery.parse({}), ...input };
  const { rows, ...rest } = await withReadScope(scopeOf(ctx), (tx) => effectiveRows(tx, ctx, query, locale));
  const { skip, take } = pageWindow(query);
  return { rows: rows.slice(skip, skip + take), total: rows.length, page: query.page, pageSize: query.pageSize, ...rest };
}

/** Portal: the whole effective list for the CSV download (priced in one read, then streamed). */
export function exportEffectivePriceList(ctx: PartnerCtx, input: Partial<EffectiveListQuery>, locale = "en"): AsyncIterable<EffectivePriceItem> {
  authorize(ctx, "partnerPrices.read");
  const query = { ...effectiveListQuery.parse({}), ...input };
  return (async function* () {
    const { rows } = await withScope(scopeOf(ctx), (tx) => effectiveRows(tx, ctx, query, locale));
    yield* rows;
  })();
}

/** Portal: what the partner pays for one active product today, by quantity, with the explanation. */
export async function ownProductPrice(ctx: PartnerCtx, productId: string, quantity = 1): Promise<{ currency: string; resolution: Resolution; breaks: EffectivePriceItem["breaks"] }> {
  authorize(ctx, "partnerPrices.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
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
