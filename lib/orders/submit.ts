import "server-only";
import { unsafeAcrossPartners } from "@/lib/accounts/world";
import { todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type PartnerCtx } from "@/lib/auth/context";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ProductStatus } from "@/lib/generated/prisma/enums";
import { toDecimalString } from "@/lib/money";
import { evaluateApproval, loadApprovalRules } from "./approval";
import { checkCredit } from "./credit";
import { orderMachine, type OrderStatusValue } from "./lifecycle";
import { amountText, approversIn, financeIn, followersIn, orderLink, orderNumberText, publishOrderEvent, unsafeOrderAudience } from "./notify";
import { priceLines, repriceLinesInPlace, totalsOf } from "./pricing";
import type { SubmitInput } from "./schema";
import { assertLockable, lockOrdersWhere, writeSteps, type LockedOrder, type Step } from "./steps";
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

/**
 * The draft's lines priced again for today. One statement reads the lines with their
 * products (a product the partner may not see reads as absent: NOT_FOUND) and the buyer
 * (type and tier); the engine prices them all in one call (the buyer's lists read once).
 */
async function repriceDraft(tx: Tx, ctx: PartnerCtx, order: LockedOrder, today: string) {
  type Row = { id: string; productId: string; quantity: number; requestedUnitPriceMinor: bigint | null; partnerType: string; tierId: string | null } & {
    // the product's columns: null when the partner may not see it
    sku: string | null;
    nameEn: string;
    nameEs: string;
    status: ProductStatus;
  };
  const stored = await tx.$queryRaw<Row[]>`
    SELECT l."id", l."productId", l."quantity", l."requestedUnitPriceMinor", p."sku", p."nameEn", p."nameEs", p."status"::text AS "status",
           b."type"::text AS "partnerType", e."tierId"
      FROM "OrderLine" l
      JOIN "Partner" b ON b."tenantId" = l."tenantId" AND b."id" = l."partnerId"
      LEFT JOIN "PartnerProgram" e ON e."tenantId" = l."tenantId" AND e."partnerId" = l."partnerId"
      LEFT JOIN "Product" p ON p."tenantId" = l."tenantId" AND p."id" = l."productId"
     WHERE l."tenantId" = ${ctx.tenantId} AND l."orderId" = ${order.id}
     ORDER BY l."position"`;
  if (!stored.length) throw new AppError("VALIDATION_FAILED", { fields: { lines: ["orders.validation.empty"] } });
  if (!order.shipTo) throw new AppError("VALIDATION_FAILED", { fields: { shipTo: ["orders.validation.shipTo"] } });
  const inputs = stored.map((l) => ({
    productId: l.productId,
    quantity: l.quantity,
    requestedUnitPrice: l.requestedUnitPriceMinor === null ? null : toDecimalString(l.requestedUnitPriceMinor, order.currency),
  }));
  const products = stored.flatMap((l) => (l.sku === null ? [] : [{ id: l.productId, sku: l.sku, nameEn: l.nameEn, nameEs: l.nameEs, status: l.status }]));
  // the buyer as the engine knows it: its type and its effective tier (lib/pricing/world.ts loadBuyer)
  const buyer = { partnerId: ctx.partnerId, partnerType: stored[0]!.partnerType, tierId: stored[0]!.tierId };
  const lines = await priceLines(tx, { tenantId: ctx.tenantId, partnerId: ctx.partnerId, currency: order.currency }, inputs, today, { products, buyer });
  return { lineIds: stored.map((l) => l.id), lines };
}

async function submitInTx(tx: Tx, ctx: PartnerCtx, input: SubmitInput, today: string): Promise<OrderSummary> {
  // The key's lock (and the partner's credit lock) came with the scope's settings. Then one
  // statement locks the draft and finds the order this key submitted, if any: a replay, a
  // double click or a retried request answers with that order.
  const found = await lockOrdersWhere(tx, ctx, Prisma.sql`(o."partnerId" = ${ctx.partnerId} AND o."idempotencyKey" = ${input.idempotencyKey}) OR o."id" = ${input.orderId}`);
  const replay = found.find((o) => o.partnerId === ctx.partnerId && o.idempotencyKey === input.idempotencyKey);
  if (replay) return summaryOf(replay);
  const draft = found.find((o) => o.id === input.orderId);
  if (!draft) throw new AppError("NOT_FOUND");
  const order = assertLockable(ctx, draft, input.version);
  const { rule } = orderMachine.assert(ctx, order.status, "SUBMITTED");
  const { lineIds, lines } = await repriceDraft(tx, ctx, order, today);
  const totals = totalsOf(lines);
  order.totalMinor = totals.totalMinor;

  const credit = await checkCredit(tx, order);
  const approval = evaluateApproval(await loadApprovalRules(tx, ctx.tenantId), order, lines);
  const routing = {
    approvalRequired: approval.required,
    approvalReasons: approval.reasons,
    approverPermission: approval.approverPermission,
    ...(credit.figures ? { creditCheck: credit.figures } : {}),
  };
  // who is told: the seats are the vendor's to read, so in the tenant's scope (restored after)
  const audience = await unsafeAcrossPartners(tx, ctx, () => unsafeOrderAudience(tx, ctx.tenantId, ctx.partnerId));
  const recipients = credit.ok ? approversIn(audience, approval.approverPermission ?? "orders.approve") : [...financeIn(audience), ...followersIn(audience)];

  const submit: Step = {
    to: "SUBMITTED",
    action: rule.action,
    data: { lines: lines.length, totalMinor: totals.totalMinor, currency: order.currency },
    patch: { ...totals, idempotencyKey: input.idempotencyKey, submittedAt: new Date(), submittedByUserId: ctx.user.id },
  };
  const route: Step = !credit.ok
    ? { to: "ON_HOLD", action: "hold", data: { kind: "CREDIT", credit: credit.figures, approval: approval.reasons }, patch: { ...routing, holdKind: "CREDIT", statusReason: null } }
    : approval.required
      ? { to: "PENDING_APPROVAL", action: "route", data: { reasons: approval.reasons }, patch: routing }
      : { to: "APPROVED", action: "approve", data: { automatic: true }, patch: { ...routing, approvedAt: new Date(), approvedByName: "Canal" } };
  // the lines as repriced; a standard order approved now has its prices locked as priced
  await repriceLinesInPlace(tx, order, lineIds, lines, { lockPrices: route.to === "APPROVED" });
  await writeSteps(tx, ctx, order, [submit, route]);

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
  // one partner's submissions are credit-checked one at a time (two cannot both fit under
  // the limit): both locks for the whole transaction, always in this order
  const lockKeys = [`order-submit:${ctx.tenantId}:${ctx.partnerId}:${input.idempotencyKey}`, `order-credit:${ctx.tenantId}:${ctx.partnerId}`];
  return withScope(scopeOf(ctx), (tx) => submitInTx(tx, ctx, input, today), { lockKeys });
}
