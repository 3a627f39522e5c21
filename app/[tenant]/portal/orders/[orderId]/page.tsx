import { randomBytes } from "node:crypto";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { DraftForm } from "@/components/orders/draft-form";
import { lineName } from "@/lib/orders/explanation";
import { draftValuesOf } from "@/components/orders/draft-values";
import { OrderFacts } from "@/components/orders/order-facts";
import { OrderLines } from "@/components/orders/order-lines";
import { OrderTimeline } from "@/components/orders/order-timeline";
import { QuickOrderForm } from "@/components/orders/quick-order-form";
import { ShipmentsList } from "@/components/orders/shipments-list";
import { OrderStatusBadge } from "@/components/orders/status-badge";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { todayIn } from "@/lib/activities/dates";
import { can } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { getOwnOrder } from "@/lib/orders/read";
import { INSIGHT_STATUSES, ownOrderInsight } from "@/lib/orders/insight";
import { AccountInsightPanel } from "@/components/orders/account-insight";
import { invoicesOfOwnOrder } from "@/lib/invoicing/read";
import { orderNumberText } from "@/lib/orders/schema";
import { discardDraftAction, quickOrderAction, reorderAction, saveDraftAction, submitOrderAction } from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = partnerMetadata("ownOrders.read", async ({ ctx, params }) => {
  const order = await getOwnOrder(ctx, params.orderId ?? "");
  const t = await getTranslations("orders.detail");
  return { title: order.number === null ? t("cartTitle") : orderNumberText(order.number) };
});

/**
 * One of the partner's orders. A cart is edited here (priced on the server, each line with
 * its explanation and next break), filled from a SKU list, submitted or thrown away; a
 * submitted order shows where it stands, its lines, shipments with tracking and its
 * timeline, and can be ordered again. The submit button carries a key made for this page
 * view: a double click submits once.
 */
export default partnerPage("ownOrders.read", async ({ ctx, params }) => {
  const locale = await getLocale();
  const [order, t, invoices, insight] = await Promise.all([
    getOwnOrder(ctx, params.orderId),
    getTranslations("orders"),
    can(ctx, "ownInvoices.read") ? invoicesOfOwnOrder(ctx, params.orderId) : [],
    ownOrderInsight(ctx, params.orderId),
  ]);
  const base = `/${ctx.tenant.slug}/portal/orders`;
  const manage = can(ctx, "ownOrders.manage");
  const editing = manage && order.status === "DRAFT";
  // the picker names the cart's products before any search; it searches the rest
  const products = editing ? order.lines.map((l) => ({ id: l.productId, sku: l.sku, name: lineName(l, locale) })) : [];
  const draft = { id: order.id, version: order.version };
  const fields = { tenant: ctx.tenant.slug, orderId: order.id, version: String(order.version) };
  const title = order.number === null ? t("detail.cartTitle") : orderNumberText(order.number);
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "orders.cart", "orders.quick", "orders.validation", "productPicker"]}>
      <>
        <PageHeader
          eyebrow={
            <BackLink href={base}>{t("detail.back")}</BackLink>
          }
          title={title}
          description={<OrderStatusBadge status={order.status} />}
          actions={
            manage && order.status !== "DRAFT" && order.lines.length > 0 ? (
              <ActionButtonForm action={reorderAction} fields={{ tenant: ctx.tenant.slug, orderId: order.id }} variant="secondary" pendingText={t("detail.reordering")}>
                {t("detail.reorder")}
              </ActionButtonForm>
            ) : undefined
          }
        />
        <div className="space-y-6">
          {order.status !== "DRAFT" && (
            <Alert tone={order.status === "REJECTED" || order.status === "CANCELLED" ? "error" : order.status === "ON_HOLD" || order.status === "PENDING_APPROVAL" ? "warning" : "info"} data-order-state="">
              {t(`detail.state.${order.status}`, { reason: order.statusReason ?? "" })}
            </Alert>
          )}
          {editing && (
            <Card>
              <CardHeader>
                <CardTitle>{t("cart.editTitle")}</CardTitle>
              </CardHeader>
              <CardContent>
                <DraftForm
                  tenant={ctx.tenant.slug}
                  action={saveDraftAction}
                  draft={draft}
                  values={draftValuesOf(order)}
                  products={products}
                  searchPath={`${base}/products`}
                  currency={order.currency}
                  today={todayIn(ctx.tenant.timeZone)}
                />
              </CardContent>
            </Card>
          )}
          <Card>
            <CardHeader>
              <CardTitle>{editing ? t("detail.pricedLines") : t("detail.lines")}</CardTitle>
            </CardHeader>
            <CardContent className="space-y-6">
              <OrderLines lines={order.lines} currency={order.currency} showShipped={order.status !== "DRAFT"} />
              <OrderFacts order={order} />
            </CardContent>
          </Card>
          {(INSIGHT_STATUSES as readonly string[]).includes(order.status) && <AccountInsightPanel insight={insight} audience="partner" />}
          {editing && (
            <>
              <Card>
                <CardHeader>
                  <CardTitle>{t("quick.title")}</CardTitle>
                </CardHeader>
                <CardContent>
                  <QuickOrderForm tenant={ctx.tenant.slug} action={quickOrderAction} draft={draft} />
                </CardContent>
              </Card>
              <Card>
                <CardHeader>
                  <CardTitle>{t("detail.submitTitle")}</CardTitle>
                </CardHeader>
                <CardContent className="flex flex-wrap items-start gap-4">
                  <p className="w-full text-sm text-slate-700">{t("detail.submitHint")}</p>
                  <ActionButtonForm
                    action={submitOrderAction}
                    fields={{ ...fields, idempotencyKey: randomBytes(16).toString("hex") }}
                    pendingText={t("detail.submitting")}
                    disabled={order.lines.length === 0}
                  >
                    {t("detail.submit")}
                  </ActionButtonForm>
                  <ActionButtonForm action={discardDraftAction} fields={fields} variant="secondary" pendingText={t("detail.discarding")}>
                    {t("detail.discard")}
                  </ActionButtonForm>
                </CardContent>
              </Card>
            </>
          )}
          {order.status !== "DRAFT" && (
            <div className="grid gap-6 lg:grid-cols-2">
              <Card>
                <CardHeader>
                  <CardTitle>{t("shipments.heading")}</CardTitle>
                </CardHeader>
                <CardContent>
                  <ShipmentsList
                    shipments={order.shipments}
                    lines={order.lines}
                    timeZone={ctx.tenant.timeZone}
                    invoices={invoices}
                    invoiceHref={(id) => `/${ctx.tenant.slug}/portal/invoices/${id}`}
                  />
                </CardContent>
              </Card>
              <Card>
                <CardHeader>
                  <CardTitle>{t("timeline.heading")}</CardTitle>
                </CardHeader>
                <CardContent>
                  <OrderTimeline entries={order.timeline} timeZone={ctx.tenant.timeZone} />
                </CardContent>
              </Card>
            </div>
          )}
        </div>
      </>
    </ClientMessages>
  );
});
