import { getTranslations } from "next-intl/server";
import { Scale } from "lucide-react";
import { ConflictsTable } from "@/components/conflicts/conflicts-table";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { CONFLICT_LIST_FILTERS, conflictListQuery } from "@/lib/conflicts/schema";
import { listConflicts } from "@/lib/conflicts/service";
import { resolveConflictAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export const generateMetadata = vendorMetadata("conflicts.read", async () => {
  const t = await getTranslations("conflicts");
  return { title: t("title") };
});

/** The channel-conflict queue: open ones to decide, decided ones with their reasons. */
export default vendorPage("conflicts.read", async ({ ctx, searchParams }) => {
  const query = conflictListQuery.parse(searchParams);
  const [t, result] = await Promise.all([getTranslations("conflicts"), listConflicts(ctx, query)]);
  return (
    <ClientMessages
      namespaces={[...FORM_MESSAGES, "conflicts.resolve", "conflicts.validation", "admin.confirm", "dataTable"]}
    >
      <PageHeader title={t("title")} description={t("description")} />
      <ConflictsTable
        tenant={ctx.tenant.slug}
        rows={result.rows}
        state={tableState(query, result, {
          filters: CONFLICT_LIST_FILTERS,
          defaultSort: conflictListQuery.spec.defaultSort,
          defaultPageSize: conflictListQuery.spec.defaultPageSize,
        })}
        timeZone={ctx.tenant.timeZone}
        empty={<EmptyState icon={<Scale />} title={t("empty.title")} description={t("empty.description")} />}
        {...(can(ctx, "conflicts.resolve") ? { resolve: resolveConflictAction } : {})}
      />
    </ClientMessages>
  );
});
