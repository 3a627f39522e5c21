import "server-only";
import { defineAuditObjects } from "@/lib/audit/objects";

/** Programs, as the audit log names them (tier, checklist and agreement changes are the program's). */
export const programAuditObjects = defineAuditObjects([
  {
    type: "Program",
    describe: async (tx, tenantId, ids) =>
      (await tx.program.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true } })).map(
        (program) => ({ ...program, path: `programs/${program.id}` }),
      ),
  },
]);
