import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import type { ForecastLevel } from "@/lib/generated/prisma/enums";

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

/**
 * With `level`, only that level's names (none for the total): what a screen showing one
 * level's picker needs — a territory's overview then reads ~100 territories rather than
 * every partner and product of the tenant as well.
 */
export async function forecastSlices(ctx: VendorCtx, locale: string, level?: ForecastLevel): Promise<ForecastSlices> {
  authorize(ctx, "forecasts.read");
  const es = locale === "es";
  const wants = (one: ForecastLevel) => level === undefined || level === one;
  return withReadScope(scopeOf(ctx), async (tx) => {
    const [territories, partners, families, products] = await Promise.all([
      wants("TERRITORY")
        ? tx.territory.findMany({ where: { tenantId: ctx.tenantId }, orderBy: [{ path: "asc" }, { id: "asc" }], select: { id: true, name: true, depth: true } })
        : [],
      wants("PARTNER") ? tx.partner.findMany({ where: { tenantId: ctx.tenantId }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } }) : [],
      wants("FAMILY") ? tx.productFamily.findMany({ where: { tenantId: ctx.tenantId }, orderBy: [{ nameEn: "asc" }], select: { id: true, nameEn: true, nameEs: true } }) : [],
      wants("PRODUCT")
        ? tx.product.findMany({ where: { tenantId: ctx.tenantId }, orderBy: [{ sku: "asc" }], select: { id: true, sku: true, nameEn: true, nameEs: true } })
        : [],
    ]);
    return {
      territories,
      partners,
      families: families.map((f) => ({ id: f.id, name: es ? f.nameEs : f.nameEn })),
      products: products.map((p) => ({ id: p.id, name: `${p.sku} · ${es ? p.nameEs : p.nameEn}` })),
    };
  });
}
