import { getTranslations } from "next-intl/server";
import { auditActionKey, isKnownEntityType } from "@/components/audit/labels";
import { exportAuditLog } from "@/lib/audit/list";
import { auditListQuery, type AuditListItem } from "@/lib/audit/schema";
import { vendorRoute } from "@/lib/auth/wrappers";
import { csvResponse, csvStream } from "@/lib/lists/csv";

/** CSV of every audit entry matching the filters: time, person, action, record, before/after as JSON. */
export const GET = vendorRoute("audit.read", async (req, { ctx }) => {
  const query = auditListQuery.parse(req.nextUrl.searchParams);
  const t = await getTranslations("audit");
  const action = (value: string) => {
    const key = auditActionKey(value);
    return key ? t(`actions.${key}`) : value;
  };
  return csvResponse(
    `audit-${ctx.tenant.slug}`,
    csvStream<AuditListItem>(
      [
        { header: t("table.time"), value: (row) => row.createdAt },
        { header: t("table.actor"), value: (row) => (row.actor ? row.actor.name || row.actor.email : t("system")) },
        { header: t("export.actorEmail"), value: (row) => row.actor?.email },
        { header: t("table.action"), value: (row) => action(row.action) },
        { header: t("export.actionCode"), value: (row) => row.action },
        {
          header: t("export.recordType"),
          value: (row) => (isKnownEntityType(row.object.type) ? t(`entities.${row.object.type}`) : row.object.type),
        },
        { header: t("table.entity"), value: (row) => row.object.name },
        { header: t("export.recordId"), value: (row) => row.object.id },
        { header: t("changes.before"), value: (row) => (row.before == null ? null : JSON.stringify(row.before)) },
        { header: t("changes.after"), value: (row) => (row.after == null ? null : JSON.stringify(row.after)) },
        { header: t("changes.request"), value: (row) => row.requestId },
      ],
      exportAuditLog(ctx, query),
    ),
  );
});
