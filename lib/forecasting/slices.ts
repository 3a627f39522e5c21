import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";

/**
 * The names behind forecast series keys, for pickers and tables: territories as a tree
 * (depth-first by path, with their depth), partners, families and products by name in the
 * reader's language.
 */
export type ForecastSlices = {
  territories: { id: string; name: string; depth: number }[];
  partners: { id: string; name: string }[];
  families: { id: string; name: string }[];
  products: { id: string; name: string }[];
};

export async function forecastSlices(ctx: VendorCtx, locale: string): Promise<ForecastSlices> {
  authorize(ctx, "forecasts.read");
  const es = locale === "es";
  return withReadScope(scopeOf(ctx), async (tx) => {
    const [territories, partners, families, products] = await Promise.all([
      tx.territory.findMany({ where: { tenantId: ctx.tenantId }, orderBy: [{ path: "asc" }, { id: "asc" }], select: { id: true, name: true, depth: true } }),
      tx.partner.findMany({ where: { tenantId: ctx.tenantId }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } }),
      tx.productFamily.findMany({ where: { tenantId: ctx.tenantId }, orderBy: [{ nameEn: "asc" }], select: { id: true, nameEn: true, nameEs: true } }),
      tx.product.findMany({ where: { tenantId: ctx.tenantId }, orderBy: [{ sku: "asc" }], select: { id: true, sku: true, nameEn: true, nameEs: true } }),
    ]);
    return {
      territories,
      partners,
      families: families.map((f) => ({ id: f.id, name: es ? f.nameEs : f.nameEn })),
      products: products.map((p) => ({ id: p.id, name: `${p.sku} · ${es ? p.nameEs : p.nameEn}` })),
    };
  });
}
