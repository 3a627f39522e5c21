import { getTranslations } from "next-intl/server";
import { ListChecks } from "lucide-react";
import { TasksTable } from "@/components/activities/tasks-table";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listMyPortalTasks } from "@/lib/activities/list";
import { TASK_LIST_FILTERS, taskListQuery } from "@/lib/activities/schema";
import { can } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { completeOwnTaskAction } from "../activities/actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export const generateMetadata = partnerMetadata("sharedActivities.read", async () => {
  const t = await getTranslations("activities.tasks");
  return { title: t("title") };
});

/** "My tasks" in the portal: shared tasks assigned to the reader. */
export default partnerPage("sharedActivities.read", async ({ ctx, searchParams }) => {
  const query = taskListQuery.parse(searchParams);
  const [t, result] = await Promise.all([getTranslations("activities.tasks"), listMyPortalTasks(ctx, query)]);
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "activities.task", "admin.confirm", "dataTable"]}>
      <PageHeader title={t("title")} description={t("portalDescription", { vendor: ctx.tenant.name })} />
      <TasksTable
        tenant={ctx.tenant.slug}
        rows={result.rows}
        state={tableState(query, result, {
          filters: TASK_LIST_FILTERS,
          defaultSort: taskListQuery.spec.defaultSort,
          defaultPageSize: taskListQuery.spec.defaultPageSize,
        })}
        basePath={`/${ctx.tenant.slug}/portal/tasks`}
        side="partner"
        timeZone={ctx.tenant.timeZone}
        {...(can(ctx, "sharedActivities.log") ? { complete: completeOwnTaskAction } : {})}
        empty={
          <EmptyState
            icon={<ListChecks />}
            title={t("empty.title")}
            description={ctx.preview ? t("empty.preview") : t("empty.portal", { vendor: ctx.tenant.name })}
          />
        }
      />
    </ClientMessages>
  );
});
