import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { RefreshCw, ShieldCheck } from "lucide-react";
import { ConfirmAction } from "@/components/backoffice/confirm-action";
import { FindingText } from "@/components/pricing/finding-text";
import { ToleranceForm } from "@/components/pricing/tolerance-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DataTable, tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { listPriceFindings } from "@/lib/pricing/scan";
import { FINDING_LIST_FILTERS, findingListQuery } from "@/lib/pricing/schema";
import { pricingSettings } from "@/lib/pricing/versions";
import { scanPricesAction, updatePricingSettingsAction } from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { BackLink } from "@/components/ui/back-link";

const KINDS = ["CHANNEL_SPREAD", "INVERTED_TIERS", "BELOW_FLOOR", "BELOW_COST", "AMBIGUOUS_OVERLAP"] as const;

export const generateMetadata = vendorMetadata("pricing.read", async () => {
  const t = await getTranslations("pricing.findings");
  return { title: t("title") };
});

/** What the daily price check found across all live lists, explained, with the tolerance it uses. */
export default vendorPage("pricing.read", async ({ ctx, searchParams }) => {
  const query = findingListQuery.parse(searchParams);
  const manage = can(ctx, "pricing.manage");
  const [t, format, result, settings] = await Promise.all([
    getTranslations("pricing.findings"),
    getFormatter(),
    listPriceFindings(ctx, query),
    pricingSettings(ctx),
  ]);
  const tenant = ctx.tenant.slug;
  const pristine = result.total === 0 && FINDING_LIST_FILTERS.every((key) => query[key] === undefined);
  const at = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: ctx.tenant.timeZone });
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "admin.confirm", "dataTable", "pricing.settings"]}>
      <>
        <PageHeader
          eyebrow={
            <BackLink href={`/${tenant}/admin/price-lists`}>{t("back")}</BackLink>
          }
          title={t("title")}
          description={t("description")}
          actions={
            manage ? (
              <ConfirmAction
                action={scanPricesAction}
                fields={{ tenant }}
                triggerLabel={t("scan")}
                triggerIcon={<RefreshCw aria-hidden="true" />}
                triggerSize="md"
                title={t("scanTitle")}
                description={t("scanBody")}
                confirmLabel={t("scan")}
                pendingLabel={t("scanning")}
                tone="primary"
              />
            ) : undefined
          }
        />
        <div className="grid gap-6 xl:grid-cols-3">
          <div className="min-w-0 xl:col-span-2">
            <DataTable
              label={t("label")}
              state={tableState(query, result, {
                filters: FINDING_LIST_FILTERS,
                defaultSort: findingListQuery.spec.defaultSort,
                defaultPageSize: findingListQuery.spec.defaultPageSize,
              })}
              empty={
                <EmptyState
                  icon={<ShieldCheck />}
                  title={pristine ? t("empty") : t("noMatch")}
                  description={t("emptyHint")}
                />
              }
              noMatch={{ title: t("noMatch"), description: t("emptyHint") }}
              filters={[
                {
                  id: "status",
                  kind: "select",
                  label: t("status"),
                  allLabel: t("allStatuses"),
                  options: (["OPEN", "RESOLVED"] as const).map((value) => ({ value, label: t(`statuses.${value}`) })),
                },
                {
                  id: "kind",
                  kind: "select",
                  label: t("kind"),
                  allLabel: t("allKinds"),
                  options: KINDS.map((value) => ({ value, label: t(`kinds.${value}`) })),
                },
              ]}
              columns={[
                { id: "finding", header: t("finding"), wrap: true, className: "min-w-72" },
                { id: "status", header: t("status") },
                {
                  id: "seen",
                  header: t("seen"),
                  sortable: true,
                  priority: "secondary" as const,
                  className: "whitespace-nowrap",
                },
              ]}
              rows={result.rows.map((row) => ({
                id: row.id,
                label: row.detail.key,
                cells: {
                  finding: (
                    <div className="space-y-1">
                      <FindingText finding={row.detail} />
                      <p className="flex flex-wrap gap-x-3 text-sm">
                        {row.detail.lists.map((list) => (
                          <Link
                            key={list.id}
                            href={`/${tenant}/admin/price-lists/${list.id}`}
                            className="rounded text-brand-800 underline"
                          >
                            {list.name}
                          </Link>
                        ))}
                      </p>
                    </div>
                  ),
                  status: (
                    <Badge tone={row.status === "OPEN" ? "warning" : "success"}>{t(`statuses.${row.status}`)}</Badge>
                  ),
                  seen: (
                    <time dateTime={row.firstSeenAt.toISOString()}>{t("since", { date: at(row.firstSeenAt) })}</time>
                  ),
                },
              }))}
            />
          </div>
          <Card className="h-fit">
            <CardHeader>
              <CardTitle>{t("rules")}</CardTitle>
              <CardDescription>{t("rulesHint")}</CardDescription>
            </CardHeader>
            <CardContent>
              {manage ? (
                <ToleranceForm tenant={tenant} action={updatePricingSettingsAction} current={settings} />
              ) : (
                <p className="text-sm text-slate-700">{t("toleranceIs", { percent: settings.tolerancePercent })}</p>
              )}
            </CardContent>
          </Card>
        </div>
      </>
    </ClientMessages>
  );
});
