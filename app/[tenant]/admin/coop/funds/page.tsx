import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Wallet } from "lucide-react";
import { FundsTable } from "@/components/coop/admin/funds-table";
import { CoopSectionNav } from "@/components/coop/admin/nav";
import { ClientMessages } from "@/components/i18n/client-messages";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { FUND_LIST_FILTERS, coopOptions, fundListQuery, fundsPage } from "@/lib/coop/queues";

export const generateMetadata = vendorMetadata("coop.read", async () => {
  const t = await getTranslations("coopAdmin.funds");
  return { title: t("title") };
});

/** Funds by partner and program, newest period first, with their balances; filters by program, partner and period; CSV. */
export default vendorPage("coop.read", async ({ ctx, searchParams }) => {
  const query = fundListQuery.parse(searchParams);
  const [t, result, options] = await Promise.all([getTranslations("coopAdmin"), fundsPage(ctx, query), coopOptions(ctx)]);
  const base = `/${ctx.tenant.slug}/admin/coop`;
  const exportParams = new URLSearchParams(Object.entries({ partner: query.partner, program: query.program, period: query.period }).filter((e): e is [string, string] => Boolean(e[1])));
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <>
        <PageHeader
          title={t("title")}
          description={t("description")}
          actions={
            can(ctx, "coop.manage") && (
              <Link href={`${base}/funds/allocate`} className="inline-flex items-center rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800">
                {t("funds.allocate")}
              </Link>
            )
          }
        />
        <CoopSectionNav tenant={ctx.tenant.slug} current="funds" />
        <h2 className="mb-3 text-lg font-semibold text-slate-900">{t("funds.title")}</h2>
        <FundsTable
          rows={result.rows}
          state={tableState(query, result, { filters: FUND_LIST_FILTERS, defaultSort: fundListQuery.spec.defaultSort, defaultPageSize: fundListQuery.spec.defaultPageSize })}
          basePath={`${base}/funds`}
          exportHref={`${base}/funds/export${exportParams.size ? `?${exportParams}` : ""}`}
          options={options}
          empty={<EmptyState icon={<Wallet />} title={t("funds.empty.title")} description={t("funds.empty.description")} />}
        />
      </>
    </ClientMessages>
  );
});
