import "server-only";
import { defineAuditObjects } from "@/lib/audit/objects";
import { orderNumberText } from "./notify";

/** Orders, warehouses and approval rules, as the audit log names them. */
export const orderAuditObjects = defineAuditObjects([
  {
    type: "Order",
    describe: async (tx, tenantId, ids) =>
      (await tx.order.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, number: true, partner: { select: { name: true } } } })).map((o) => ({
        id: o.id,
        name: `${o.number === null ? o.id : orderNumberText(o.number)} · ${o.partner.name}`,
        path: `orders/${o.id}`,
      })),
  },
  {
    type: "Warehouse",
    describe: async (tx, tenantId, ids) =>
      (await tx.warehouse.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, code: true, name: true } })).map((w) => ({
        id: w.id,
        name: `${w.code} · ${w.name}`,
        path: "inventory",
      })),
  },
  {
    type: "ApprovalRule",
    describe: async (tx, tenantId, ids) =>
      (await tx.approvalRule.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true } })).map((r) => ({ ...r, path: "orders/settings" })),
  },
]);
