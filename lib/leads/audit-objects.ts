import "server-only";
import { defineAuditObjects } from "@/lib/audit/objects";

/** Leads and distribution rules, as the audit log names them. */
export const leadAuditObjects = defineAuditObjects([
  {
    type: "Lead",
    describe: async (tx, tenantId, ids) =>
      (await tx.lead.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, company: true } })).map((l) => ({
        id: l.id,
        name: l.company,
        path: `leads/${l.id}`,
      })),
  },
  {
    type: "LeadRule",
    describe: async (tx, tenantId, ids) =>
      (await tx.leadRule.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true } })).map((r) => ({
        ...r,
        path: "leads/rules",
      })),
  },
]);
