import "server-only";
import { z } from "zod";
import { todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type PartnerCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { prepare, resolvePrepared } from "@/lib/pricing/resolve";
import { buyerVersions, loadBuyer, loadLiveLists } from "@/lib/pricing/world";
import { CURRENCIES } from "@/lib/tenancy/schema";
import { lineName } from "./explanation";
import type { OrderableProduct, ProductSearchPage } from "./types";

/**
 * The cart's product picker, searched as the partner types: active products whose SKU or
 * name (in either language) contains the text — the trigram indexes on sku, nameEn and
 * nameEs answer it — that the resolution engine prices for this partner, one unit, in the
 * cart's currency, today. A product it cannot price is one the partner cannot order
 * (saveDraft would refuse it), so it is not offered. Pages of PRODUCT_PAGE by SKU, with a
 * cursor (the last SKU looked at), since the engine decides after the SQL which rows stay.
 */

export const PRODUCT_PAGE = 20;
/** Products read per engine pass, and the passes one page may take before it answers with what it has. */
const BATCH = 60;
const MAX_BATCHES = 4;

export const productSearchQuery = z.object({
  q: z.string().trim().max(60).optional().catch(undefined),
  /** the SKU the previous page ended after */
  after: z.string().max(80).optional().catch(undefined),
  currency: z.enum(CURRENCIES).optional().catch(undefined),
});
export type ProductSearchQuery = z.infer<typeof productSearchQuery>;

export async function searchOrderableProducts(ctx: PartnerCtx, input: ProductSearchQuery, locale: Locale): Promise<ProductSearchPage> {
  authorize(ctx, "ownOrders.read");
  const currency = input.currency ?? ctx.tenant.currency;
  const text = input.q?.replace(/\s+/g, " ");
  const today = todayIn(ctx.tenant.timeZone);
  return withReadScope(scopeOf(ctx), async (tx) => {
    const buyer = await loadBuyer(tx, ctx.tenantId, ctx.partnerId);
    const items: OrderableProduct[] = [];
    let after = input.after;
    for (let pass = 0; pass < MAX_BATCHES; pass++) {
      const rows = await tx.product.findMany({
        where: {
          tenantId: ctx.tenantId,
          status: "ACTIVE",
          ...(after ? { sku: { gt: after } } : {}),
          ...(text
            ? { OR: [{ sku: { contains: text, mode: "insensitive" } }, { nameEn: { contains: text, mode: "insensitive" } }, { nameEs: { contains: text, mode: "insensitive" } }] }
            : {}),
        },
        orderBy: { sku: "asc" },
        take: BATCH,
        select: { id: true, sku: true, nameEn: true, nameEs: true },
      });
      if (!rows.length) return { items, next: null };
      const lists = await loadLiveLists(tx, ctx.tenantId, { currency, where: buyerVersions(buyer), productIds: rows.map((r) => r.id) });
      const prepared = prepare(lists, buyer, today, currency);
      for (const row of rows) {
        const resolution = resolvePrepared(prepared, row.id, 1);
        after = row.sku;
        if (!resolution.ok) continue;
        items.push({
          id: row.id,
          sku: row.sku,
          name: lineName({ name: row.nameEn, nameEs: row.nameEs }, locale),
          unitPriceMinor: resolution.unitPriceMinor.toString(),
          currency,
          price: formatMoney(resolution.unitPriceMinor, currency, locale),
        });
        if (items.length === PRODUCT_PAGE) return { items, next: row.sku };
      }
      if (rows.length < BATCH) return { items, next: null };
    }
    // many unpriced products in a row: answer with what was found, the next page goes on from there
    return { items, next: after ?? null };
  });
}
