import "server-only";
import { defineAuditObjects } from "@/lib/audit/objects";

/** Files, as the audit log names them: their display name, linked to their download. */
export const fileAuditObjects = defineAuditObjects([
  {
    type: "FileObject",
    describe: async (tx, tenantId, ids) =>
      (
        await tx.fileObject.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, originalName: true } })
      ).map((file) => ({
        id: file.id,
        name: file.originalName,
        path: `files/${file.id}`,
      })),
  },
]);
