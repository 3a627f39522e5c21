import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { todayIn } from "@/lib/activities/dates";
import { ArchiveForm } from "@/components/pricing/archive-form";
import { FindingText } from "@/components/pricing/finding-text";
import { PriceEntriesTable } from "@/components/pricing/price-entries-table";
import { PriceEntryForm } from "@/components/pricing/price-entry-form";
import { PriceListForm } from "@/components/pricing/price-list-form";
import { PriceListStatusBadge, TargetText } from "@/components/pricing/price-list-badges";
import { PublishForm } from "@/components/pricing/publish-form";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { checkPriceList } from "@/lib/pricing/publish";
import { offeredTargets, entryListQuery } from "@/lib/pricing/schema";
import { getPriceList, listPriceEntries, pricingPartnerOptions, pricingTierOptions } from "@/lib/pricing/service";
import { listPriceListVersions } from "@/lib/pricing/versions";
import {
  archivePriceListAction,
  publishPriceListAction,
  removePriceEntryAction,
  setPriceEntryAction,
  updatePriceListAction,
} from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = vendorMetadata("pricing.read", async ({ ctx, params }) => ({
  title: (await getPriceList(ctx, params.listId ?? "")).name,
}));

/** One price list: its prices, the price check, publication, settings and published versions. */
export default vendorPage("pricing.read", async ({ ctx, params, searchParams }) => {
  const list = await getPriceList(ctx, params.listId);
  const query = entryListQuery.parse(searchParams);
  const manage = can(ctx, "pricing.manage") && list.status !== "ARCHIVED";
  const [t, format, entries, findings, versions, partners, tiers] = await Promise.all([
    getTranslations("pricing.detail"),
    getFormatter(),
    listPriceEntries(ctx, list.id, query),
    list.status === "ARCHIVED" ? [] : checkPriceList(ctx, list.id),
    listPriceListVersions(ctx, list.id),
    manage ? pricingPartnerOptions(ctx) : [],
    manage ? pricingTierOptions(ctx) : [],
  ]);
  const tenant = ctx.tenant.slug;
  const path = `/${tenant}/admin/price-lists`;
  const publishable = manage && (list.status === "DRAFT" || list.status === "CHANGED");
  return (
    <ClientMessages
      namespaces={[
        ...FORM_MESSAGES,
        "admin.confirm",
        "dataTable",
        "enums.partnerType",
        "pricing.archive",
        "pricing.entry",
        "pricing.form",
        "pricing.publish",
      ]}
    >
      <>
        <PageHeader
          eyebrow={
            <BackLink href={path}>{t("back")}</BackLink>
          }
          title={list.name}
          description={
            <span className="flex flex-wrap items-center gap-2">
              <PriceListStatusBadge status={list.status} />
              <span>
                <TargetText list={list} />
              </span>
              <span className="font-mono">{list.currency}</span>
              <span>
                {list.validUntil
                  ? t("between", { from: list.validFrom, until: list.validUntil })
                  : t("from", { from: list.validFrom })}
              </span>
              {list.adjustPercent && <span>{t("listWide", { percent: list.adjustPercent })}</span>}
            </span>
          }
        />
        <div className="grid gap-6 xl:grid-cols-3">
          {/* grid items default to their content's width: min-w-0 lets the table scroll inside its card */}
          <div className="grid h-fit min-w-0 gap-6 xl:col-span-2">
            <Card className="min-w-0">
              <CardHeader>
                <CardTitle>{t("prices")}</CardTitle>
                <CardDescription>{t(`meaning.${list.status}`)}</CardDescription>
              </CardHeader>
              <CardContent className="space-y-6">
                <PriceEntriesTable
                  rows={entries.rows}
                  state={tableState(query, entries, {
                    filters: ["q"],
                    defaultSort: entryListQuery.spec.defaultSort,
                    defaultPageSize: entryListQuery.spec.defaultPageSize,
                  })}
                  currency={list.currency}
                  empty={
                    <EmptyState
                      title={t("noPrices")}
                      description={manage ? t("noPricesHint") : t("noPricesReadOnly")}
                    />
                  }
                  {...(manage
                    ? { remove: { tenant, listId: list.id, version: list.version, action: removePriceEntryAction } }
                    : {})}
                />
                {manage && (
                  <section aria-labelledby="set-price" className="space-y-3 border-t border-slate-100 pt-5">
                    <h3 id="set-price" className="text-sm font-semibold text-slate-900">
                      {t("setPrice")}
                    </h3>
                    <PriceEntryForm
                      tenant={tenant}
                      listId={list.id}
                      version={list.version}
                      currency={list.currency}
                      base={list.target === "BASE"}
                      action={setPriceEntryAction}
                    />
                  </section>
                )}
              </CardContent>
            </Card>
            {manage && (
              <Card className="min-w-0">
                <CardHeader>
                  <CardTitle>{t("settings")}</CardTitle>
                </CardHeader>
                <CardContent>
                  <PriceListForm
                    tenant={tenant}
                    action={updatePriceListAction}
                    list={list}
                    partners={partners}
                    targets={offeredTargets(tiers.length > 0)}
                    tiers={tiers}
                    currency={ctx.tenant.currency}
                    today={todayIn(ctx.tenant.timeZone)}
                  />
                </CardContent>
              </Card>
            )}
          </div>
          <div className="grid h-fit min-w-0 gap-6">
            {list.status !== "ARCHIVED" && (
              <Card data-price-check="">
                <CardHeader>
                  <CardTitle>{t("check")}</CardTitle>
                  <CardDescription>{t("checkHint")}</CardDescription>
                </CardHeader>
                <CardContent className="space-y-3">
                  {findings.length === 0 ? (
                    <Alert tone="success">{t("checkClean")}</Alert>
                  ) : (
                    <>
                      <Alert tone="warning">{t("checkFound", { count: findings.length })}</Alert>
                      <ul className="space-y-3">
                        {findings.map((finding) => (
                          <li key={finding.key} className="border-l-2 border-amber-300 pl-3">
                            <FindingText finding={finding} />
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </CardContent>
              </Card>
            )}
            {manage && (
              <Card>
                <CardHeader>
                  <CardTitle>{t("publish")}</CardTitle>
                  <CardDescription>
                    {publishable
                      ? t("publishHint", { number: list.publishedNumber + 1 })
                      : t("upToDate", { number: list.publishedNumber })}
                  </CardDescription>
                </CardHeader>
                {publishable && (
                  <CardContent>
                    <PublishForm
                      tenant={tenant}
                      listId={list.id}
                      version={list.version}
                      action={publishPriceListAction}
                      override={findings.length > 0 && can(ctx, "pricing.override")}
                    />
                  </CardContent>
                )}
              </Card>
            )}
            <Card>
              <CardHeader>
                <CardTitle>{t("versions")}</CardTitle>
                <CardDescription>{t("versionsHint")}</CardDescription>
              </CardHeader>
              <CardContent>
                {versions.length === 0 ? (
                  <p className="text-sm text-slate-600">{t("noVersions")}</p>
                ) : (
                  <ol className="space-y-3">
                    {versions.map((version) => (
                      <li key={version.id} className="border-l-2 border-slate-200 pl-3 text-sm">
                        <Link
                          href={`${path}/${list.id}/versions/${version.id}`}
                          className="rounded font-medium text-brand-800 hover:underline"
                        >
                          {t("versionNumber", { number: version.number })}
                        </Link>{" "}
                        {version.live && <span className="font-medium text-emerald-800">{t("live")}</span>}
                        <p className="text-slate-700">
                          {t("publishedBy", {
                            actor: version.publishedByName ?? t("system"),
                            at: format.dateTime(version.publishedAt, {
                              dateStyle: "medium",
                              timeStyle: "short",
                              timeZone: ctx.tenant.timeZone,
                            }),
                            prices: version.prices,
                          })}
                        </p>
                        {version.overrideReason && (
                          <p className="break-words text-amber-900">
                            {t("overridden", { count: version.findings, reason: version.overrideReason })}
                          </p>
                        )}
                      </li>
                    ))}
                  </ol>
                )}
              </CardContent>
            </Card>
            {manage && (
              <Card>
                <CardHeader>
                  <CardTitle>{t("archive")}</CardTitle>
                  <CardDescription>{t("archiveHint")}</CardDescription>
                </CardHeader>
                <CardContent>
                  <ArchiveForm
                    tenant={tenant}
                    listId={list.id}
                    version={list.version}
                    action={archivePriceListAction}
                  />
                </CardContent>
              </Card>
            )}
          </div>
        </div>
      </>
    </ClientMessages>
  );
});
