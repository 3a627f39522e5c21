import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ClipboardCheck, Download, Plus } from "lucide-react";
import { DealsNav } from "@/components/deals/deals-nav";
import { exportQueryOf } from "@/components/deals/export-query";
import { RegistrationsTable } from "@/components/deals/registrations-table";
import { buttonVariants } from "@/components/ui/button";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { listOwnRegistrations } from "@/lib/deals/list";
import { OWN_REGISTRATION_LIST_FILTERS, registrationListQuery } from "@/lib/deals/schema";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = partnerMetadata("ownDeals.read", async () => {
  const t = await getTranslations("deals.portal");
  return { title: t("title") };
});

/** The partner's deal registrations: their status and protection, and "Register a deal". */
export default partnerPage("ownDeals.read", async ({ ctx, searchParams }) => {
  const query = registrationListQuery.parse(searchParams);
  const [t, result] = await Promise.all([getTranslations("deals"), listOwnRegistrations(ctx, query)]);
  const base = `/${ctx.tenant.slug}/portal/deals`;
  const manage = can(ctx, "ownDeals.manage");
  const register = manage && (
    <Link href={`${base}/new`} className={buttonVariants({})}>
      <Plus aria-hidden="true" />
      {t("portal.register")}
    </Link>
  );
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <>
        <PageHeader
          title={t("portal.title")}
          description={t("portal.description")}
          actions={
            <>
              <a
                href={`${base}/export?${exportQueryOf(query, OWN_REGISTRATION_LIST_FILTERS)}`}
                className={buttonVariants({ variant: "secondary" })}
              >
                <Download aria-hidden="true" />
                {t("export")}
              </a>
              {register}
            </>
          }
        />
        <DealsNav base={base} current="registrations" side="partner" />
        <RegistrationsTable
          rows={result.rows}
          state={tableState(query, result, {
            filters: OWN_REGISTRATION_LIST_FILTERS,
            defaultSort: registrationListQuery.spec.defaultSort,
            defaultPageSize: registrationListQuery.spec.defaultPageSize,
          })}
          basePath={base}
          timeZone={ctx.tenant.timeZone}
          empty={
            <EmptyState
              icon={<ClipboardCheck />}
              title={t("portal.empty.title")}
              description={manage ? t("portal.empty.description") : t("portal.empty.readOnly")}
              {...(register ? { action: register } : {})}
            />
          }
        />
      </>
    </ClientMessages>
  );
});
