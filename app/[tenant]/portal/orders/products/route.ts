import { getLocale } from "next-intl/server";
import { partnerRoute } from "@/lib/auth/wrappers";
import type { Locale } from "@/lib/i18n/config";
import { productSearchQuery, searchOrderableProducts } from "@/lib/orders/product-search";

/** The cart's product picker: a page of the products this partner can order matching `q`, priced by the engine (JSON). */
export const GET = partnerRoute("ownOrders.read", async (req, { ctx }) => {
  const query = productSearchQuery.parse(Object.fromEntries(req.nextUrl.searchParams));
  const page = await searchOrderableProducts(ctx, query, (await getLocale()) as Locale);
  return Response.json(page, { headers: { "cache-control": "no-store" } });
});
