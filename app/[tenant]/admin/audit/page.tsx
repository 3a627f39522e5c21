import { getTranslations } from "next-intl/server";
import { ScrollText } from "lucide-react";
import { AuditTable } from "@/components/audit/audit-table";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listAuditActors, listAuditLog } from "@/lib/audit/list";
import { AUDIT_LIST_FILTERS, auditListQuery } from "@/lib/audit/schema";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = vendorMetadata("audit.read", async () => {
  const t = await getTranslations("audit");
  return { title: t("title") };
});

export default vendorPage("audit.read", async ({ ctx, searchParams }) => {
  const query = auditListQuery.parse(searchParams);
  const [t, result, actors] = await Promise.all([
    getTranslations("audit"),
    listAuditLog(ctx, query),
    listAuditActors(ctx),
  ]);
  const adminBase = `/${ctx.tenant.slug}/admin`;
  // The chip of a record filter names it from the entries it matched.
  const record = query.entityId ? result.rows.find((row) => row.object.id === query.entityId)?.object.name : undefined;

  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <AuditTable
        rows={result.rows}
        state={tableState(query, result, {
          filters: AUDIT_LIST_FILTERS,
          defaultSort: auditListQuery.spec.defaultSort,
          defaultPageSize: auditListQuery.spec.defaultPageSize,
        })}
        actors={actors}
        record={record ?? query.entityId}
        adminBase={adminBase}
        timeZone={ctx.tenant.timeZone}
        empty={<EmptyState icon={<ScrollText />} title={t("empty.title")} description={t("empty.description")} />}
      />
    </ClientMessages>
  );
});
