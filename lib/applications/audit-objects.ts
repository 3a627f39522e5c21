import "server-only";
import { defineAuditObjects } from "@/lib/audit/objects";

/** Partner applications, as the audit log names them: the company that applied. */
export const applicationAuditObjects = defineAuditObjects([
  {
    type: "PartnerApplication",
    describe: async (tx, tenantId, ids) =>
      (
        await tx.partnerApplication.findMany({
          where: { tenantId, id: { in: ids } },
          select: { id: true, companyName: true, contactEmail: true },
        })
      ).map((application) => ({
        id: application.id,
        name: application.companyName,
        email: application.contactEmail,
        path: `applications/${application.id}`,
      })),
  },
]);
