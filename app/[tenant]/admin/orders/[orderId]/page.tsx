import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { CreditFiguresList, OrderFacts } from "@/components/orders/order-facts";
import { OrderLines } from "@/components/orders/order-lines";
import { OrderTimeline } from "@/components/orders/order-timeline";
import { DecisionForm, type DecisionKind } from "@/components/orders/reason-form";
import { ShipForm } from "@/components/orders/ship-form";
import { ShipmentsList } from "@/components/orders/shipments-list";
import { OrderStatusBadge } from "@/components/orders/status-badge";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import type { CreditFigures } from "@/lib/orders/credit";
import { orderMachine, stayStepsIn } from "@/lib/orders/lifecycle";
import { orderPriority } from "@/lib/orders/queue";
import { lineName } from "@/lib/orders/explanation";
import { PriorityExplanation } from "@/components/orders/priority-explanation";
import { getOrder } from "@/lib/orders/read";
import { INSIGHT_STATUSES, orderInsight } from "@/lib/orders/insight";
import { AccountInsightPanel } from "@/components/orders/account-insight";
import { invoicesOfOrder } from "@/lib/invoicing/read";
import { orderNumberText } from "@/lib/orders/schema";
import {
  allocateOrderAction,
  cancelBackorderAction,
  approveOrderAction,
  cancelOrderAction,
  deliverOrderAction,
  holdOrderAction,
  rejectOrderAction,
  releaseOrderAction,
  shipOrderAction,
} from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = vendorMetadata("orders.read", async ({ ctx, params }) => {
  const order = await getOrder(ctx, params.orderId ?? "");
  return { title: `${orderNumberText(order.number)} · ${order.partnerName}` };
});

const DECISIONS = {
  approve: { action: approveOrderAction, required: false },
  reject: { action: rejectOrderAction, required: true },
  hold: { action: holdOrderAction, required: true },
  release: { action: releaseOrderAction, required: false },
  cancel: { action: cancelOrderAction, required: true },
  cancelBackorder: { action: cancelBackorderAction, required: true },
} as const;

/**
 * One order in the back office: lines with their price explanations, the credit figures of
 * a credit hold, shipments and the timeline, and the steps the transition table allows from
 * this state to this person (approve, reject, hold, release, cancel, allocate, ship, deliver,
 * cancel the backorder).
 */
export default vendorPage("orders.read", async ({ ctx, params }) => {
  const [order, t, priority, f, locale, invoices, insight] = await Promise.all([
    getOrder(ctx, params.orderId),
    getTranslations("orders"),
    orderPriority(ctx, params.orderId),
    getTranslations("fulfilment"),
    getLocale(),
    can(ctx, "invoices.read") ? invoicesOfOrder(ctx, params.orderId) : [],
    orderInsight(ctx, params.orderId),
  ]);
  // while the order's prices can still move, the rep sees how close it is to a break, a tier, the credit limit
  const showInsight = (INSIGHT_STATUSES as readonly string[]).includes(order.status);
  const steps = new Set(orderMachine.available(ctx, order.status).map((rule) => rule.action));
  // releasing a credit hold is finance's
  if (order.holdKind === "CREDIT" && !can(ctx, "orders.credit")) steps.delete("release");
  // a backorder is allocated again once stock arrives (the `allocate` stay step, lib/orders/lifecycle.ts)
  // …or cancelled: the rest is not coming (the `cancelBackorder` stay step)
  for (const stay of ["allocate", "cancelBackorder"] as const) {
    if (order.backorderedUnits > 0 && stayStepsIn(order.status).some((s) => s.action === stay && can(ctx, s.permission))) steps.add(stay);
  }
  const decisions = (Object.keys(DECISIONS) as DecisionKind[]).filter((kind) => steps.has(kind));
  const ref = { id: order.id, version: order.version };
  const fields = { tenant: ctx.tenant.slug, orderId: order.id, version: String(order.version) };
  const shippable = order.lines
    .map((line) => ({ id: line.id, sku: line.sku, name: lineName(line, locale), left: line.quantity - line.shippedQuantity - line.backorderedQuantity, serialTracked: line.serialTracked }))
    .filter((line) => line.left > 0);
  const credit = order.holdKind === "CREDIT" ? (order.creditCheck as CreditFigures | null) : null;
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "orders.decide", "orders.ship", "orders.validation"]}>
      <>
        <PageHeader
          eyebrow={
            <BackLink href={`/${ctx.tenant.slug}/admin/orders`}>{t("admin.back")}</BackLink>
          }
          title={orderNumberText(order.number)}
          description={
            <span className="flex flex-wrap items-center gap-2">
              <OrderStatusBadge status={order.status} />
              <Link href={`/${ctx.tenant.slug}/admin/partners/${order.partnerId}`} className="rounded font-medium text-brand-800 underline-offset-4 hover:underline">
                {order.partnerName}
              </Link>
            </span>
          }
        />
        <div className="space-y-6">
          {order.statusReason && (
            <Alert tone={order.status === "ON_HOLD" ? "warning" : "error"}>{t("admin.reason", { reason: order.statusReason })}</Alert>
          )}
          {credit && (
            <Card>
              <CardHeader>
                <CardTitle>{t("credit.title")}</CardTitle>
              </CardHeader>
              <CardContent>
                <CreditFiguresList figures={credit} />
              </CardContent>
            </Card>
          )}
          {(decisions.length > 0 || steps.has("allocate") || steps.has("deliver")) && (
            <Card>
              <CardHeader>
                <CardTitle>{t("admin.actions")}</CardTitle>
              </CardHeader>
              <CardContent className="space-y-6">
                {(steps.has("allocate") || steps.has("deliver")) && (
                  <div className="flex flex-wrap gap-3">
                    {steps.has("allocate") && (
                      <ActionButtonForm action={allocateOrderAction} fields={fields} pendingText={t("actions.allocating")} success={t("actions.allocated")}>
                        {t("actions.allocate")}
                      </ActionButtonForm>
                    )}
                    {steps.has("deliver") && (
                      <ActionButtonForm action={deliverOrderAction} fields={fields} pendingText={t("actions.delivering")} success={t("actions.delivered")}>
                        {t("actions.deliver")}
                      </ActionButtonForm>
                    )}
                  </div>
                )}
                {decisions.length > 0 && (
                  <div className="grid gap-6 lg:grid-cols-2">
                    {decisions.map((kind) => (
                      <DecisionForm key={kind} tenant={ctx.tenant.slug} order={ref} kind={kind} action={DECISIONS[kind].action} required={DECISIONS[kind].required} />
                    ))}
                  </div>
                )}
              </CardContent>
            </Card>
          )}
          {priority && (
            <Card>
              <CardHeader>
                <CardTitle>{f("explain.label", { score: priority.score })}</CardTitle>
              </CardHeader>
              <CardContent>
                <PriorityExplanation score={priority.score} terms={priority.terms} />
              </CardContent>
            </Card>
          )}
          {(steps.has("ship") || steps.has("shipPart")) && shippable.length > 0 && (
            <Card>
              <CardHeader>
                <CardTitle>{t("ship.title")}</CardTitle>
              </CardHeader>
              <CardContent>
                <ShipForm tenant={ctx.tenant.slug} order={ref} lines={shippable} action={shipOrderAction} />
              </CardContent>
            </Card>
          )}
          <Card>
            <CardHeader>
              <CardTitle>{t("detail.lines")}</CardTitle>
            </CardHeader>
            <CardContent className="space-y-6">
              <OrderLines lines={order.lines} currency={order.currency} showShipped />
              <OrderFacts order={order} />
            </CardContent>
          </Card>
          {showInsight && <AccountInsightPanel insight={insight} audience="vendor" />}
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
                  invoiceHref={(id) => `/${ctx.tenant.slug}/admin/invoices/${id}`}
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
        </div>
      </>
    </ClientMessages>
  );
});
