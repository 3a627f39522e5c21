import "server-only";
import { defineAuditObjects } from "@/lib/audit/objects";

/** Activities and tasks, as the audit log names them: by title, linked to their partner. */
export const activityAuditObjects = defineAuditObjects([
  {
    type: "Activity",
    describe: async (tx, tenantId, ids) =>
      (
        await tx.activity.findMany({
          where: { tenantId, id: { in: ids } },
          select: { id: true, title: true, partnerId: true },
        })
      ).map((activity) => ({
        id: activity.id,
        name: activity.title,
        ...(activity.partnerId ? { path: `partners/${activity.partnerId}?tab=timeline` } : {}),
      })),
  },
]);
