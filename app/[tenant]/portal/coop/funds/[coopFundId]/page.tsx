import { getFormatter, getTranslations } from "next-intl/server";
import { ListChecks } from "lucide-react";
import { Facts } from "@/components/backoffice/facts";
import { BalanceFigures } from "@/components/coop/balance-figures";
import { EntriesTable } from "@/components/coop/entries-table";
import { ClientMessages } from "@/components/i18n/client-messages";
import { BackLink } from "@/components/ui/back-link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { ENTRY_LIST_FILTERS, entryListQuery, ownEntriesPage } from "@/lib/coop/portal";
import { getOwnFundBalances } from "@/lib/coop/read";

export const generateMetadata = partnerMetadata("ownCoop.read", async ({ ctx, params }) => ({
  title: (await getOwnFundBalances(ctx, params.coopFundId ?? "")).programName,
}));

const dayDate = (day: string) => new Date(`${day}T12:00:00Z`);

/** One of the partner's funds: its balances (running sums, not its entries) and, page by page, the ledger entries they are the sums of. */
export default partnerPage("ownCoop.read", async ({ ctx, params, searchParams }) => {
  const query = entryListQuery.parse(searchParams);
  const [fund, entries, t, format] = await Promise.all([
    getOwnFundBalances(ctx, params.coopFundId),
    ownEntriesPage(ctx, params.coopFundId, query),
    getTranslations("coopPortal"),
    getFormatter(),
  ]);
  const day = (value: string) => format.dateTime(dayDate(value), { dateStyle: "medium", timeZone: "UTC" });
  const portal = `/${ctx.tenant.slug}/portal`;
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <>
        <PageHeader
          eyebrow={<BackLink href={`${portal}/coop`}>{t("fund.back")}</BackLink>}
          title={t("fund.title", { program: fund.programName, start: day(fund.periodStart), end: day(fund.periodEnd) })}
        />
        <div className="space-y-6">
          <Card>
            <CardContent className="space-y-6 pt-6">
              <Facts
                items={[
                  { label: t("fund.facts.program"), value: fund.programName },
                  { label: t("fund.facts.kind"), value: t(`programKind.${fund.kind}`) },
                  {
                    label: t("fund.facts.period"),
                    value: t("overview.period", { start: day(fund.periodStart), end: day(fund.periodEnd) }),
                  },
                  { label: t("fund.facts.expires"), value: day(fund.expiresOn) },
                  { label: t("fund.facts.currency"), value: fund.currency },
                ]}
              />
              <BalanceFigures
                balance={fund.balance}
                expiringSoonMinor={fund.expiringSoonMinor}
                currency={fund.currency}
              />
            </CardContent>
          </Card>
          <Card className="min-w-0">
            <CardHeader>
              <CardTitle>{t("fund.entriesTitle")}</CardTitle>
              <CardDescription>{t("fund.entriesDescription")}</CardDescription>
            </CardHeader>
            <CardContent>
              <EntriesTable
                rows={entries.rows}
                state={tableState(query, entries, {
                  filters: ENTRY_LIST_FILTERS,
                  defaultSort: entryListQuery.spec.defaultSort,
                  defaultPageSize: entryListQuery.spec.defaultPageSize,
                })}
                base={`${portal}/coop`}
                portal={portal}
                timeZone={ctx.tenant.timeZone}
                empty={
                  <EmptyState
                    icon={<ListChecks />}
                    headingLevel="h3"
                    title={t("fund.noEntries.title")}
                    description={t("fund.noEntries.description")}
                  />
                }
              />
            </CardContent>
          </Card>
        </div>
      </>
    </ClientMessages>
  );
});
