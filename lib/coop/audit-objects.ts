import "server-only";
import { defineAuditObjects } from "@/lib/audit/objects";

/** Co-op programs, funds, requests and claims, as the audit log names them. */
export const coopAuditObjects = defineAuditObjects([
  {
    type: "CoopProgram",
    describe: async (tx, tenantId, ids) =>
      (await tx.coopProgram.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true } })).map((p) => ({ id: p.id, name: p.name, path: "coop" })),
  },
  {
    type: "CoopFund",
    describe: async (tx, tenantId, ids) =>
      (await tx.coopFund.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, periodStart: true, program: { select: { name: true } }, partner: { select: { name: true } } } })).map((f) => ({
        id: f.id,
        name: `${f.program.name} · ${f.partner.name} · ${f.periodStart.toISOString().slice(0, 7)}`,
        path: "coop",
      })),
  },
  {
    type: "CoopRequest",
    describe: async (tx, tenantId, ids) =>
      (await tx.coopRequest.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, title: true, partner: { select: { name: true } } } })).map((r) => ({ id: r.id, name: `${r.title} · ${r.partner.name}`, path: "coop" })),
  },
  {
    type: "CoopClaim",
    describe: async (tx, tenantId, ids) =>
      (await tx.coopClaim.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, title: true, partner: { select: { name: true } } } })).map((c) => ({ id: c.id, name: `${c.title} · ${c.partner.name}`, path: "coop" })),
  },
]);
