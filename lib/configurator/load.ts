import "server-only";
import type { Tx } from "@/lib/db/scope";
import type { ConfigModel } from "./model";

/**
 * A product's configurator as the pure engine reads it, in one round of reads. A product
 * without one yet reads as an empty configurator at version 0 in `currency`. Bundle
 * components are read apart: a partner's session sees no draft product, so a draft
 * component is named by its SKU only ("—" when even that is hidden).
 */
export async function loadModel(tx: Tx, tenantId: string, productId: string, currency: string): Promise<ConfigModel> {
  const configurator = await tx.productConfigurator.findUnique({
    where: { tenantId_productId: { tenantId, productId } },
    select: { currency: true, version: true },
  });
  if (!configurator) return { productId, currency, version: 0, groups: [], rules: [], bundle: [] };
  const [groups, options, rules, items] = await Promise.all([
    tx.optionGroup.findMany({ where: { tenantId, productId }, orderBy: [{ position: "asc" }, { id: "asc" }] }),
    tx.configOption.findMany({ where: { tenantId, productId }, orderBy: [{ position: "asc" }, { id: "asc" }] }),
    tx.configRule.findMany({ where: { tenantId, productId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    tx.bundleItem.findMany({ where: { tenantId, productId }, orderBy: [{ position: "asc" }, { id: "asc" }] }),
  ]);
  const productIds = [...new Set([...options.flatMap((o) => (o.skuProductId ? [o.skuProductId] : [])), ...items.map((i) => i.componentId)])];
  const products = new Map(
    (productIds.length ? await tx.product.findMany({ where: { tenantId, id: { in: productIds } }, select: { id: true, sku: true, nameEn: true, nameEs: true } }) : []).map((p) => [p.id, p]),
  );
  return {
    productId,
    currency: configurator.currency,
    version: configurator.version,
    groups: groups.map((g) => ({
      id: g.id,
      nameEn: g.nameEn,
      nameEs: g.nameEs,
      kind: g.kind,
      required: g.required,
      minPicks: g.minPicks,
      maxPicks: g.maxPicks,
      options: options
        .filter((o) => o.groupId === g.id)
        .map((o) => ({
          id: o.id,
          groupId: o.groupId,
          nameEn: o.nameEn,
          nameEs: o.nameEs,
          adderMinor: o.adderMinor,
          skuProductId: o.skuProductId,
          sku: o.skuProductId ? (products.get(o.skuProductId)?.sku ?? null) : null,
        })),
    })),
    rules: rules.map((r) => ({ id: r.id, kind: r.kind, optionId: r.optionId, targetOptionId: r.targetOptionId, quantity: r.quantity })),
    bundle: items.map((i) => {
      const product = products.get(i.componentId);
      return { id: i.id, productId: i.componentId, sku: product?.sku ?? "—", nameEn: product?.nameEn ?? "—", nameEs: product?.nameEs ?? "—", quantity: i.quantity };
    }),
  };
}
