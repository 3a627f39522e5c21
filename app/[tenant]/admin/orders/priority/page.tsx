import { getTranslations } from "next-intl/server";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PriorityWeightsForm } from "@/components/orders/priority-weights-form";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { toDecimalString } from "@/lib/money";
import { getPriorityWeights } from "@/lib/orders/queue";
import { savePriorityWeightsAction } from "../actions";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = vendorMetadata("orders.configure", async () => {
  const t = await getTranslations("fulfilment.weights");
  return { title: t("title") };
});

/** The tenant's shipment priority weights (orders.configure). */
export default vendorPage("orders.configure", async ({ ctx }) => {
  const [t, weights] = await Promise.all([getTranslations("fulfilment.weights"), getPriorityWeights(ctx)]);
  const { saved, valueCapMinor, ...rest } = weights;
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "fulfilment.weights", "fulfilment.validation"]}>
      <>
        <PageHeader
          eyebrow={
            <BackLink href={`/${ctx.tenant.slug}/admin/orders/allocation`}>{t("back")}</BackLink>
          }
          title={t("title")}
          description={t("description")}
        />
        <Card>
          <CardContent className="space-y-4 pt-6">
            {!saved && <p className="text-sm text-slate-700">{t("defaults")}</p>}
            <PriorityWeightsForm
              tenant={ctx.tenant.slug}
              currency={ctx.tenant.currency}
              values={{ ...rest, valueCap: toDecimalString(valueCapMinor, ctx.tenant.currency) }}
              action={savePriorityWeightsAction}
            />
          </CardContent>
        </Card>
      </>
    </ClientMessages>
  );
});
