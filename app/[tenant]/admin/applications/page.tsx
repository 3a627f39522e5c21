import { getTranslations } from "next-intl/server";
import { Inbox } from "lucide-react";
import { ApplicationsTable } from "@/components/applications/applications-table";
import { buttonVariants } from "@/components/ui/button";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { APPLICATION_LIST_FILTERS, applicationListQuery } from "@/lib/applications/schema";
import { listApplications } from "@/lib/applications/service";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = vendorMetadata("applications.read", async () => {
  const t = await getTranslations("applications.queue");
  return { title: t("title") };
});

/** The queue of partner applications: filter by status, open one to decide it, export. */
export default vendorPage("applications.read", async ({ ctx, searchParams }) => {
  const query = applicationListQuery.parse(searchParams);
  const [t, result] = await Promise.all([getTranslations("applications.queue"), listApplications(ctx, query)]);
  const path = `/${ctx.tenant.slug}/admin/applications`;
  const applyPath = `/${ctx.tenant.slug}/apply`;
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <a href={applyPath} className={buttonVariants({ variant: "secondary" })} target="_blank" rel="noopener">
            {t("openPublicPage")}
          </a>
        }
      />
      <ApplicationsTable
        rows={result.rows}
        state={tableState(query, result, {
          filters: APPLICATION_LIST_FILTERS,
          defaultSort: applicationListQuery.spec.defaultSort,
          defaultPageSize: applicationListQuery.spec.defaultPageSize,
        })}
        basePath={path}
        timeZone={ctx.tenant.timeZone}
        empty={
          <EmptyState
            icon={<Inbox />}
            title={t("empty.title")}
            description={t("empty.description", { path: applyPath })}
          />
        }
      />
    </ClientMessages>
  );
});
