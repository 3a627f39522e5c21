import "server-only";
import { unsafeAcrossPartners } from "@/lib/accounts/world";
import { todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type PartnerCtx } from "@/lib/auth/context";
import { lockKey } from "@/lib/db/concurrency";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { toDecimalString } from "@/lib/money";
import { evaluateApproval, loadApprovalRules } from "./approval";
import { checkCredit } from "./credit";
import { orderMachine, type OrderStatusValue } from "./lifecycle";
import { amountText, orderLink, orderNumberText, publishOrderEvent, unsafeApproversOf, unsafeFinanceOf, unsafeFollowersOf } from "./notify";
import { priceLines, totalsOf, writeLines } from "./pricing";
import type { SubmitInput } from "./schema";
import { lockOrder, writeStep, type LockedOrder } from "./steps";
import type { OrderSummary } from "./types";

/**
 * Submitting a draft, once per idempotency key: the request's key is locked (an advisory
 * lock), then looked up — a replay, a double click or a retried request answers with the
 * order the first one submitted, even when it arrives while the first still runs. The
 * draft is priced again for today, numbered, and routed in the same transaction by the
 * rules: over the credit limit → ON_HOLD for finance (with the figures); a special order
 * → PENDING_APPROVAL; otherwise APPROVED. A refusal changes nothing.
 */

const summaryOf = (o: { id: string; number: number | null; status: OrderStatusValue; version: number; currency: string; totalMinor: bigint }): OrderSummary => ({
  id: o.id,
  number: o.number,
  status: o.status,
  version: o.version,
  currency: o.currency,
  totalMinor: o.totalMinor,
});

const SUMMARY = { id: true, number: true, status: true, version: true, currency: true, totalMinor: true } as const;

function submittedWith(tx: Tx, ctx: PartnerCtx, idempotencyKey: string) {
  return tx.order.findUnique({
    where: { tenantId_partnerId_idempotencyKey: { tenantId: ctx.tenantId, partnerId: ctx.partnerId, idempotencyKey } },
    select: SUMMARY,
  });
}

/**
 * Numbers the order: the tenant's counter incremented and written on the order in one
 * statement. The counter row stays locked until commit, so numbers are gap-free for
 * committed submissions — call it last, just before the commit (docs/orders.md).
 */
async function assignNumber(tx: Tx, tenantId: string, orderId: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ number: number }[]>`
    WITH next AS (
      INSERT INTO "OrderSequence" ("id", "tenantId", "lastNumber") VALUES (${`osq_${tenantId}`}, ${tenantId}, 1)
      ON CONFLICT ("tenantId") DO UPDATE SET "lastNumber" = "OrderSequence"."lastNumber" + 1
      RETURNING "lastNumber"
    )
    UPDATE "Order" SET "number" = next."lastNumber" FROM next WHERE "Order"."tenantId" = ${tenantId} AND "Order"."id" = ${orderId}
    RETURNING "Order"."number"`;
  return row!.number;
}

async function repriceDraft(tx: Tx, ctx: PartnerCtx, order: LockedOrder, today: string) {
  const stored = await tx.orderLine.findMany({
    where: { tenantId: ctx.tenantId, orderId: order.id },
    orderBy: { position: "asc" },
    select: { productId: true, quantity: true, requestedUnitPriceMinor: true },
  });
  if (!stored.length) throw new AppError("VALIDATION_FAILED", { fields: { lines: ["orders.validation.empty"] } });
  if (!order.shipTo) throw new AppError("VALIDATION_FAILED", { fields: { shipTo: ["orders.validation.shipTo"] } });
  const inputs = stored.map((l) => ({
    productId: l.productId,
    quantity: l.quantity,
    requestedUnitPrice: l.requestedUnitPriceMinor === null ? null : toDecimalString(l.requestedUnitPriceMinor, order.currency),
  }));
  const lines = await priceLines(tx, { tenantId: ctx.tenantId, partnerId: ctx.partnerId, currency: order.currency }, inputs, today);
  await writeLines(tx, order, lines);
  return lines;
}

async function submitInTx(tx: Tx, ctx: PartnerCtx, input: SubmitInput, today: string): Promise<OrderSummary> {
  await lockKey(tx, `order-submit:${ctx.tenantId}:${ctx.partnerId}:${input.idempotencyKey}`);
  const replay = await submittedWith(tx, ctx, input.idempotencyKey);
  if (replay) return summaryOf(replay);
  const order = await lockOrder(tx, ctx, input.orderId, input.version);
  const { rule } = orderMachine.assert(ctx, order.status, "SUBMITTED");
  const lines = await repriceDraft(tx, ctx, order, today);
  const totals = totalsOf(lines);
  order.totalMinor = totals.totalMinor;

  // one partner's submissions are credit-checked one at a time: two cannot both fit under the limit
  await lockKey(tx, `order-credit:${ctx.tenantId}:${ctx.partnerId}`);
  const credit = await checkCredit(tx, order);
  const approval = evaluateApproval(await loadApprovalRules(tx, ctx.tenantId), order, lines);
  const routing = {
    approvalRequired: approval.required,
    approvalReasons: approval.reasons,
    approverPermission: approval.approverPermission,
    ...(credit.figures ? { creditCheck: credit.figures } : {}),
  };
  // who is told: the seats are the vendor's to read, so in the tenant's scope (restored after)
  const recipients = await unsafeAcrossPartners(tx, ctx, async () =>
    credit.ok
      ? unsafeApproversOf(tx, ctx.tenantId, ctx.partnerId, approval.approverPermission ?? "orders.approve")
      : [...(await unsafeFinanceOf(tx, ctx.tenantId)), ...(await unsafeFollowersOf(tx, ctx.tenantId, ctx.partnerId))],
  );

  await writeStep(tx, ctx, order, {
    to: "SUBMITTED",
    action: rule.action,
    data: { lines: lines.length, totalMinor: totals.totalMinor, currency: order.currency },
    patch: { ...totals, idempotencyKey: input.idempotencyKey, submittedAt: new Date(), submittedByUserId: ctx.user.id },
  });
  if (!credit.ok) {
    await writeStep(tx, ctx, order, {
      to: "ON_HOLD",
      action: "hold",
      data: { kind: "CREDIT", credit: credit.figures, approval: approval.reasons },
      patch: { ...routing, holdKind: "CREDIT", statusReason: null },
    });
  } else if (approval.required) {
    await writeStep(tx, ctx, order, { to: "PENDING_APPROVAL", action: "route", data: { reasons: approval.reasons }, patch: routing });
  } else {
    await writeStep(tx, ctx, order, {
      to: "APPROVED",
      action: "approve",
      data: { automatic: true },
      patch: { ...routing, approvedAt: new Date(), approvedByName: "Canal" },
    });
    // a standard order's prices are locked as priced now
    await tx.$executeRaw`UPDATE "OrderLine" SET "approvedUnitPriceMinor" = "listUnitPriceMinor" WHERE "tenantId" = ${ctx.tenantId} AND "orderId" = ${order.id}`;
  }

  // Numbering comes last: from here the tenant's counter row stays locked until commit
  // (numbers are gap-free), so only the alert that names the number follows. Everything
  // above — pricing, credit, rules, steps — of a tenant's submissions runs concurrently.
  const number = await assignNumber(tx, ctx.tenantId, order.id);
  order.number = number;
  const names = { order: orderNumberText(number), partner: ctx.partner.name, total: amountText(totals.totalMinor, order.currency), tenant: ctx.tenant.name };
  // a partner's session may publish its tenant's events (it may not read them back)
  await publishOrderEvent(tx, {
    tenantId: ctx.tenantId,
    type: credit.ok ? "order.submitted" : "order.held",
    userIds: recipients,
    link: orderLink(ctx.tenant, "vendor", order.id),
    params: credit.ok ? { ...names, approval: approval.required ? "yes" : "no" } : { ...names, kind: "CREDIT", reason: "" },
  });
  return summaryOf(order);
}

export async function submitOrder(ctx: PartnerCtx, input: SubmitInput): Promise<OrderSummary> {
  authorize(ctx, "ownOrders.manage");
  const today = todayIn(ctx.tenant.timeZone);
  // a replay that arrives after the first committed costs one read
  const earlier = await withScope(scopeOf(ctx), (tx) => submittedWith(tx, ctx, input.idempotencyKey));
  if (earlier) return summaryOf(earlier);
  return withScope(scopeOf(ctx), (tx) => submitInTx(tx, ctx, input, today));
}
