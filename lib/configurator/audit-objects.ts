import "server-only";
import { defineAuditObjects } from "@/lib/audit/objects";

/** Saved configurations, as the audit log names them (partners save them in the portal). */
export const configuratorAuditObjects = defineAuditObjects([
  {
    type: "SavedConfiguration",
    describe: async (tx, tenantId, ids) => tx.savedConfiguration.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true } }),
  },
]);
