import "server-only";
import { todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { prepare, resolvePrepared } from "@/lib/pricing/resolve";
import { buyerVersions, loadBuyer, loadLiveLists } from "@/lib/pricing/world";
import { findContradictions } from "./contradictions";
import { loadModel } from "./load";
import type { Selection } from "./model";
import { baseProducts, priceConfiguration } from "./pricing";
import type { ConfigurationQuote, ConfiguratorProduct, ConfiguratorView } from "./types";
import { validateSelection } from "./validate";

/**
 * Reading a configurator and pricing a selection. The vendor reads any product's and
 * previews a price as any partner; a partner reads the configurator of an active
 * configurable product only and prices for itself (its own live lists — row-level security
 * loads nothing else). The price is always computed here, from the stored configurator and
 * the partner's published prices, never taken from the browser.
 */

const PRODUCT = { id: true, sku: true, nameEn: true, nameEs: true, status: true, configurable: true } as const;

async function productFor(tx: Tx, ctx: TenantCtx, productId: string): Promise<ConfiguratorProduct> {
  const product = await tx.product.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: productId } }, select: PRODUCT });
  // a partner meets active configurable products only (row-level security hides drafts too)
  if (!product || (ctx.audience !== "vendor" && (product.status !== "ACTIVE" || !product.configurable))) throw new AppError("NOT_FOUND");
  return product;
}

/** Vendor: a product's configurator with any contradiction of its stored rules. */
export async function vendorConfigurator(ctx: VendorCtx, productId: string): Promise<ConfiguratorView> {
  authorize(ctx, "catalog.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const product = await productFor(tx, ctx, productId);
    const model = await loadModel(tx, ctx.tenantId, product.id, ctx.tenant.currency);
    return { product, model, contradictions: findContradictions(model) };
  });
}

/** Portal: an active configurable product's configurator. */
export async function partnerConfigurator(ctx: PartnerCtx, productId: string): Promise<ConfiguratorView> {
  authorize(ctx, "partnerCatalog.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const product = await productFor(tx, ctx, productId);
    return { product, model: await loadModel(tx, ctx.tenantId, product.id, ctx.tenant.currency), contradictions: [] };
  });
}

type QuoteInput = { productId: string; selection: Selection; quantity: number };

/** Inside a transaction: validates and prices a selection for a partner, today, in the tenant's currency. */
export async function quoteInTx(tx: Tx, ctx: TenantCtx, partnerId: string, input: QuoteInput): Promise<ConfigurationQuote & { product: ConfiguratorProduct; version: number }> {
  const product = await productFor(tx, ctx, input.productId);
  const currency = ctx.tenant.currency;
  const model = await loadModel(tx, ctx.tenantId, product.id, currency);
  const buyer = await loadBuyer(tx, ctx.tenantId, partnerId);
  const bases = baseProducts(model, product);
  const date = todayIn(ctx.tenant.timeZone);
  const lists = await loadLiveLists(tx, ctx.tenantId, { currency, where: buyerVersions(buyer), productIds: bases.map((b) => b.productId) });
  const prepared = prepare(lists, buyer, date, currency);
  const quotes = bases.map((b) => ({ ...b, resolution: resolvePrepared(prepared, b.productId, input.quantity * b.quantityPer) }));
  return {
    product,
    version: model.version,
    partner: { id: buyer.partnerId, name: buyer.name },
    date,
    quantity: input.quantity,
    selection: input.selection,
    violations: validateSelection(model, input.selection),
    price: priceConfiguration(model, input.selection, input.quantity, quotes, currency),
  };
}

/** Vendor: a selection checked and priced as one partner would pay for it today (the back office's live preview). */
export async function previewConfiguration(ctx: VendorCtx, input: QuoteInput & { partnerId: string }): Promise<ConfigurationQuote> {
  authorize(ctx, "pricing.read");
  return withReadScope(scopeOf(ctx), (tx) => quoteInTx(tx, ctx, input.partnerId, input));
}

/** Portal: a selection checked and priced for the partner itself, today. */
export async function quoteOwnConfiguration(ctx: PartnerCtx, input: QuoteInput): Promise<ConfigurationQuote> {
  authorize(ctx, "partnerPrices.read");
  return withReadScope(scopeOf(ctx), (tx) => quoteInTx(tx, ctx, ctx.partnerId, input));
}
