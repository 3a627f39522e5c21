import "server-only";
import { defineAuditObjects } from "@/lib/audit/objects";

/** Forecast runs, partners' forecast versions, commits and action plans, as the audit log names them. */
export const forecastingAuditObjects = defineAuditObjects([
  {
    type: "ForecastRun",
    describe: async (tx, tenantId, ids) =>
      (await tx.forecastRun.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, asOf: true } })).map((r) => ({ id: r.id, name: r.asOf })),
  },
  {
    type: "PartnerForecast",
    describe: async (tx, tenantId, ids) =>
      (await tx.partnerForecast.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, version: true, partner: { select: { name: true } } } })).map((f) => ({
        id: f.id,
        name: `${f.partner.name} · v${f.version}`,
      })),
  },
  {
    type: "ForecastCommit",
    describe: async (tx, tenantId, ids) =>
      (await tx.forecastCommit.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, period: true, level: true } })).map((c) => ({ id: c.id, name: `${c.level} · ${c.period}` })),
  },
  {
    type: "ForecastActionPlan",
    describe: async (tx, tenantId, ids) =>
      (await tx.forecastActionPlan.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, title: true } })).map((p) => ({ id: p.id, name: p.title })),
  },
]);
