import { getTranslations } from "next-intl/server";
import { ScrollText } from "lucide-react";
import { StatementPeriodForm } from "@/components/invoicing/statement-period-form";
import { StatementView } from "@/components/invoicing/statement-view";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { todayIn } from "@/lib/activities/dates";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { ownCurrencies } from "@/lib/invoicing/account";
import { ownStatement } from "@/lib/invoicing/receivables";
import { statementQuery } from "@/lib/invoicing/schema";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = partnerMetadata("ownInvoices.read", async () => {
  const t = await getTranslations("invoicing.statement");
  return { title: t("title") };
});

/** The partner's statement for a period (three months to today unless asked), in one currency. */
export default partnerPage("ownInvoices.read", async ({ ctx, searchParams }) => {
  const [t, currencies] = await Promise.all([getTranslations("invoicing.statement"), ownCurrencies(ctx)]);
  const period = statementQuery(searchParams, todayIn(ctx.tenant.timeZone), currencies);
  const statement = period.currency ? await ownStatement(ctx, { currency: period.currency, from: period.from, to: period.to }) : null;
  const base = `/${ctx.tenant.slug}/portal/invoices`;
  return (
    <>
      <PageHeader
        eyebrow={
          <BackLink href={base}>{t("back")}</BackLink>
        }
        title={t("title")}
        description={t("description")}
      />
      {!statement ? (
        <EmptyState icon={<ScrollText />} title={t("empty.title")} description={t("empty.description")} />
      ) : (
        <div className="space-y-6">
          <Card>
            <CardContent className="pt-6">
              <StatementPeriodForm period={period} currencies={currencies} />
            </CardContent>
          </Card>
          <StatementView statement={statement} invoiceHref={(id) => `${base}/${id}`} />
        </div>
      )}
    </>
  );
});
