import "server-only";
import { defineAuditObjects } from "@/lib/audit/objects";
import { claimNumberText } from "./schema";

/** Warranty policies, units and claims, as the audit log names them. */
export const warrantyAuditObjects = defineAuditObjects([
  {
    type: "WarrantyPolicy",
    describe: async (tx, tenantId, ids) =>
      (await tx.warrantyPolicy.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true, partner: { select: { name: true } } } })).map((p) => ({
        id: p.id,
        name: p.partner ? `${p.name} · ${p.partner.name}` : p.name,
        path: "warranties/policies",
      })),
  },
  {
    type: "WarrantyUnit",
    describe: async (tx, tenantId, ids) =>
      (await tx.warrantyUnit.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, serial: true, product: { select: { sku: true } } } })).map((u) => ({
        id: u.id,
        name: `${u.product.sku} · ${u.serial}`,
        path: `warranties/units/${u.id}`,
      })),
  },
  {
    type: "WarrantyClaim",
    describe: async (tx, tenantId, ids) =>
      (await tx.warrantyClaim.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, number: true, partner: { select: { name: true } } } })).map((c) => ({
        id: c.id,
        name: `${claimNumberText(c.number)} · ${c.partner.name}`,
        path: `warranties/claims/${c.id}`,
      })),
  },
]);
