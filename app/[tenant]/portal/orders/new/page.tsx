import { getTranslations } from "next-intl/server";
import { DraftForm } from "@/components/orders/draft-form";
import { QuickOrderForm } from "@/components/orders/quick-order-form";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { todayIn } from "@/lib/activities/dates";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { createDraftAction, quickOrderAction } from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { emptyDraftValues } from "@/components/orders/draft-values";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = partnerMetadata("ownOrders.manage", async () => {
  const t = await getTranslations("orders.cart");
  return { title: t("newTitle") };
});

/** A new cart: pick products (searched as one types) and quantities, or paste a SKU list. Either opens the cart, priced. */
export default partnerPage("ownOrders.manage", async ({ ctx }) => {
  const t = await getTranslations("orders");
  const base = `/${ctx.tenant.slug}/portal/orders`;
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "orders.cart", "orders.quick", "orders.validation", "productPicker"]}>
      <>
        <PageHeader
          eyebrow={
            <BackLink href={base}>{t("detail.back")}</BackLink>
          }
          title={t("cart.newTitle")}
          description={t("cart.newDescription")}
        />
        <div className="space-y-6">
          <Card>
            <CardHeader>
              <CardTitle>{t("quick.title")}</CardTitle>
            </CardHeader>
            <CardContent>
              <QuickOrderForm tenant={ctx.tenant.slug} action={quickOrderAction} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("cart.pickTitle")}</CardTitle>
            </CardHeader>
            <CardContent>
              <DraftForm
                tenant={ctx.tenant.slug}
                action={createDraftAction}
                values={emptyDraftValues()}
                products={[]}
                searchPath={`${base}/products`}
                currency={ctx.tenant.currency}
                today={todayIn(ctx.tenant.timeZone)}
              />
            </CardContent>
          </Card>
        </div>
      </>
    </ClientMessages>
  );
});
