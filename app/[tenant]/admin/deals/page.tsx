import { getTranslations } from "next-intl/server";
import { ClipboardCheck, Download } from "lucide-react";
import { DealsNav } from "@/components/deals/deals-nav";
import { exportQueryOf } from "@/components/deals/export-query";
import { RegistrationsTable } from "@/components/deals/registrations-table";
import { buttonVariants } from "@/components/ui/button";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { listRegistrations } from "@/lib/deals/list";
import { dealFilterOptions } from "@/lib/deals/options";
import { REGISTRATION_LIST_FILTERS, registrationListQuery } from "@/lib/deals/schema";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = vendorMetadata("deals.read", async () => {
  const t = await getTranslations("deals");
  return { title: t("title") };
});

/** Deal registrations: the review queue (the navigation opens it on the pending ones), with their evidence counts. */
export default vendorPage("deals.read", async ({ ctx, searchParams }) => {
  const query = registrationListQuery.parse(searchParams);
  const [t, result, options] = await Promise.all([
    getTranslations("deals"),
    listRegistrations(ctx, query),
    dealFilterOptions(ctx),
  ]);
  const base = `/${ctx.tenant.slug}/admin/deals`;
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <>
        <PageHeader
          title={t("title")}
          description={t("registrations.description")}
          actions={
            <a
              href={`${base}/export?${exportQueryOf(query, REGISTRATION_LIST_FILTERS)}`}
              className={buttonVariants({ variant: "secondary" })}
            >
              <Download aria-hidden="true" />
              {t("export")}
            </a>
          }
        />
        <DealsNav base={base} current="registrations" side="vendor" configure={can(ctx, "deals.configure")} />
        <RegistrationsTable
          rows={result.rows}
          state={tableState(query, result, {
            filters: REGISTRATION_LIST_FILTERS,
            defaultSort: registrationListQuery.spec.defaultSort,
            defaultPageSize: registrationListQuery.spec.defaultPageSize,
          })}
          basePath={base}
          timeZone={ctx.tenant.timeZone}
          vendor={{ partners: options.partners }}
          empty={
            <EmptyState
              icon={<ClipboardCheck />}
              title={t("registrations.empty.title")}
              description={t("registrations.empty.description")}
            />
          }
        />
      </>
    </ClientMessages>
  );
});
