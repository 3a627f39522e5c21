import { withReadScope } from "@/lib/db/read";
import "server-only";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { beginningsFirst, searchWords, withQuery, type ProviderResult, type SearchRequest } from "@/lib/search/provider";
import { localName } from "./names";
import { visibleProducts } from "./scope";

async function search(ctx: TenantCtx, request: SearchRequest, base: string, withStatus: boolean): Promise<ProviderResult> {
  const words = searchWords(request.locale, "catalog");
  const { rows, more } = await withReadScope(scopeOf(ctx), (tx) =>
    beginningsFirst(request.text, request.limit, (filter, take, excludeIds) =>
      tx.product.findMany({
        where: {
          AND: [
            visibleProducts(ctx),
            { OR: [{ sku: filter }, { nameEn: filter }, { nameEs: filter }] },
            excludeIds.length ? { id: { notIn: excludeIds } } : {},
          ],
        },
        select: { id: true, sku: true, nameEn: true, nameEs: true, status: true },
        orderBy: [{ sku: "asc" }, { id: "asc" }],
        take,
      }),
    ),
  );
  return {
    hits: rows.map((product) => ({
      id: product.id,
      title: localName(product, request.locale),
      detail: product.sku,
      meta: withStatus ? words(`status.${product.status}`) : null,
      href: `${base}/${product.id}`,
    })),
    more,
    moreHref: withQuery(base, request.text),
  };
}

/**
 * Products by SKU or name in either language (registered in lib/search/registry.ts), with
 * the catalog list's visibility rule: the vendor finds every product, a partner only active ones.
 */
export async function searchProducts(ctx: VendorCtx, request: SearchRequest): Promise<ProviderResult> {
  authorize(ctx, "catalog.read");
  return search(ctx, request, `/${ctx.tenant.slug}/admin/catalog`, true);
}

export async function searchCatalog(ctx: PartnerCtx, request: SearchRequest): Promise<ProviderResult> {
  authorize(ctx, "partnerCatalog.read");
  return search(ctx, request, `/${ctx.tenant.slug}/portal/catalog`, false);
}
