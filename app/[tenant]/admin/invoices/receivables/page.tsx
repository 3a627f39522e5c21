import { getTranslations } from "next-intl/server";
import { Download, Landmark } from "lucide-react";
import { AgingChart, AgingTable } from "@/components/invoicing/aging-table";
import { InvoicingNav } from "@/components/invoicing/invoicing-nav";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { PageHeader } from "@/components/ui/page-header";
import { todayIn } from "@/lib/activities/dates";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { receivablesAging } from "@/lib/invoicing/receivables";

export const generateMetadata = vendorMetadata("invoices.read", async () => {
  const t = await getTranslations("invoicing.receivables");
  return { title: t("title") };
});

/**
 * Receivables: every partner's open balances by age with the totals per currency and a
 * chart of them, and (finance) the journal of a period as CSV for the accounting system.
 */
export default vendorPage("invoices.read", async ({ ctx }) => {
  const [t, aging] = await Promise.all([getTranslations("invoicing.receivables"), receivablesAging(ctx)]);
  const base = `/${ctx.tenant.slug}/admin`;
  const today = todayIn(ctx.tenant.timeZone);
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { today })} />
      <InvoicingNav ctx={ctx} current="receivables" />
      <div className="space-y-6">
        {aging.rows.length === 0 ? (
          <EmptyState icon={<Landmark />} title={t("empty.title")} description={t("empty.description")} />
        ) : (
          <>
            <div className="grid gap-6 lg:grid-cols-2">
              {aging.totals.map((total) => (
                <Card key={total.currency} className="min-w-0">
                  <CardHeader>
                    <CardTitle>{t("chart", { currency: total.currency })}</CardTitle>
                  </CardHeader>
                  <CardContent>
                    <AgingChart total={total} />
                  </CardContent>
                </Card>
              ))}
            </div>
            <AgingTable aging={aging} partnerHref={(id) => `${base}/partners/${id}?tab=receivables`} />
          </>
        )}
        {can(ctx, "invoices.manage") && (
          <Card>
            <CardHeader>
              <CardTitle>{t("journal.title")}</CardTitle>
              <CardDescription>{t("journal.description")}</CardDescription>
            </CardHeader>
            <CardContent>
              {/* a plain GET form: the browser downloads the CSV the route streams */}
              <form method="get" action={`${base}/invoices/journal`} className="flex flex-wrap items-end gap-4" data-journal-form="">
                <div className="space-y-1">
                  <Label htmlFor="journal-from">{t("journal.from")}</Label>
                  <Input id="journal-from" name="from" type="date" required defaultValue={`${today.slice(0, 7)}-01`} />
                </div>
                <div className="space-y-1">
                  <Label htmlFor="journal-to">{t("journal.to")}</Label>
                  <Input id="journal-to" name="to" type="date" required defaultValue={today} />
                </div>
                <Button type="submit" variant="secondary">
                  <Download aria-hidden="true" />
                  {t("journal.download")}
                </Button>
              </form>
            </CardContent>
          </Card>
        )}
      </div>
    </>
  );
});
