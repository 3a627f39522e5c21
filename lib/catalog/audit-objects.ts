import "server-only";
import { defineAuditObjects } from "@/lib/audit/objects";

/** Products, brands and families, as the audit log names them. */
export const catalogAuditObjects = defineAuditObjects([
  {
    type: "Product",
    describe: async (tx, tenantId, ids) =>
      (await tx.product.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, sku: true, nameEn: true } })).map((p) => ({
        id: p.id,
        name: `${p.sku} · ${p.nameEn}`,
        path: `catalog/${p.id}`,
      })),
  },
  {
    type: "Brand",
    describe: async (tx, tenantId, ids) =>
      (await tx.brand.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true } })).map((b) => ({
        ...b,
        path: `catalog?brand=${b.id}`,
      })),
  },
  {
    type: "ProductFamily",
    describe: async (tx, tenantId, ids) =>
      (await tx.productFamily.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, nameEn: true } })).map((f) => ({
        id: f.id,
        name: f.nameEn,
        path: `catalog?family=${f.id}`,
      })),
  },
]);
