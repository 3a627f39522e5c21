import { getLocale, getTranslations } from "next-intl/server";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { InvoicingNav } from "@/components/invoicing/invoicing-nav";
import { InvoiceSettingsForm, TaxRateForm } from "@/components/invoicing/settings-forms";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { getInvoiceSettings } from "@/lib/invoicing/settings";
import { deleteTaxRateAction, saveInvoiceSettingsAction, saveTaxRateAction } from "../actions";

export const generateMetadata = vendorMetadata("invoices.read", async () => {
  const t = await getTranslations("invoicing.settings");
  return { title: t("title") };
});

const percentText = (bp: number) => (bp / 100).toFixed(2).replace(/\.?0+$/, "");

/** Invoicing settings: tax rates per country and region, the default rate and terms, the ledger accounts. */
export default vendorPage("invoices.read", async ({ ctx }) => {
  const [t, { settings, rates }, locale] = await Promise.all([getTranslations("invoicing.settings"), getInvoiceSettings(ctx), getLocale()]);
  const manage = can(ctx, "invoices.manage");
  const rate = (bp: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(bp / 100) + "\u00a0%";
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "invoicing.settings", "invoicing.validation"]}>
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <InvoicingNav ctx={ctx} current="settings" />
        <div className="space-y-6">
          <Card>
            <CardHeader>
              <CardTitle>{t("ratesTitle")}</CardTitle>
              <CardDescription>{t("ratesDescription", { rate: rate(settings.defaultTaxRateBp) })}</CardDescription>
            </CardHeader>
            <CardContent className="space-y-6">
              {rates.length === 0 ? (
                <p className="text-sm text-slate-700">{t("noRates")}</p>
              ) : (
                <Table label={t("ratesTitle")}>
                  <TableHeader>
                    <TableRow>
                      <TableHead>{t("place")}</TableHead>
                      <TableHead>{t("rateName")}</TableHead>
                      <TableHead align="right">{t("rate")}</TableHead>
                      {manage && <TableHead align="right">{t("actions")}</TableHead>}
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {rates.map((r) => (
                      <TableRow key={r.id}>
                        <TableCell className="font-mono">{r.region ? `${r.country}-${r.region}` : r.country}</TableCell>
                        <TableCell className="[overflow-wrap:anywhere]">{r.name}</TableCell>
                        <TableCell align="right" className="tabular-nums">
                          {rate(r.rateBp)}
                        </TableCell>
                        {manage && (
                          <TableCell align="right">
                            <ActionButtonForm action={deleteTaxRateAction} fields={{ tenant: ctx.tenant.slug, taxRateId: r.id }} variant="secondary" size="sm" pendingText={t("deleting")}>
                              {t("delete")}
                              <span className="sr-only"> ({r.name})</span>
                            </ActionButtonForm>
                          </TableCell>
                        )}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
              {manage && <TaxRateForm tenant={ctx.tenant.slug} action={saveTaxRateAction} />}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("defaultsTitle")}</CardTitle>
              <CardDescription>{t("defaultsDescription")}</CardDescription>
            </CardHeader>
            <CardContent>
              {manage ? (
                <InvoiceSettingsForm
                  tenant={ctx.tenant.slug}
                  action={saveInvoiceSettingsAction}
                  values={{
                    defaultRate: percentText(settings.defaultTaxRateBp),
                    defaultTermsDays: String(settings.defaultTermsDays),
                    receivablesAccount: settings.receivablesAccount,
                    revenueAccount: settings.revenueAccount,
                    taxPayableAccount: settings.taxPayableAccount,
                    bankAccount: settings.bankAccount,
                    creditNotesAccount: settings.creditNotesAccount,
                    version: settings.version,
                  }}
                />
              ) : (
                <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
                  <dt className="text-slate-700">{t("defaultRate")}</dt>
                  <dd className="font-medium">{rate(settings.defaultTaxRateBp)}</dd>
                  <dt className="text-slate-700">{t("defaultTerms")}</dt>
                  <dd className="font-medium">{settings.defaultTermsDays}</dd>
                  {(["receivablesAccount", "revenueAccount", "taxPayableAccount", "bankAccount", "creditNotesAccount"] as const).map((key) => (
                    <div key={key} className="contents">
                      <dt className="text-slate-700">{t(`account.${key}`)}</dt>
                      <dd className="font-mono">{settings[key]}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </CardContent>
          </Card>
        </div>
      </>
    </ClientMessages>
  );
});
