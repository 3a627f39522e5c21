import { getTranslations } from "next-intl/server";
import { ListChecks } from "lucide-react";
import { TasksTable } from "@/components/activities/tasks-table";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listMyTasks } from "@/lib/activities/list";
import { TASK_LIST_FILTERS, taskListQuery } from "@/lib/activities/schema";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { completeTaskAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export const generateMetadata = vendorMetadata("activities.read", async () => {
  const t = await getTranslations("activities.tasks");
  return { title: t("title") };
});

/** "My tasks" in the back office: tasks assigned to the reader, open and overdue first. */
export default vendorPage("activities.read", async ({ ctx, searchParams }) => {
  const query = taskListQuery.parse(searchParams);
  const [t, result] = await Promise.all([getTranslations("activities.tasks"), listMyTasks(ctx, query)]);
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "activities.task", "admin.confirm", "dataTable"]}>
      <PageHeader title={t("title")} description={t("vendorDescription")} />
      <TasksTable
        tenant={ctx.tenant.slug}
        rows={result.rows}
        state={tableState(query, result, {
          filters: TASK_LIST_FILTERS,
          defaultSort: taskListQuery.spec.defaultSort,
          defaultPageSize: taskListQuery.spec.defaultPageSize,
        })}
        basePath={`/${ctx.tenant.slug}/admin/tasks`}
        side="vendor"
        timeZone={ctx.tenant.timeZone}
        {...(can(ctx, "activities.manage") ? { complete: completeTaskAction } : {})}
        empty={<EmptyState icon={<ListChecks />} title={t("empty.title")} description={t("empty.vendor")} />}
      />
    </ClientMessages>
  );
});
