import "server-only";
import { todayIn } from "@/lib/activities/dates";
import { auditLogRows } from "@/lib/audit/service";
import { authorize, scopeOf, type PartnerCtx } from "@/lib/auth/context";
import { insertRowsSql, updateRowSql } from "@/lib/db/json-rows";
import { withRawScope, type RawTx } from "@/lib/db/raw";
import { settingsSql } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ProductStatus } from "@/lib/generated/prisma/enums";
import { toDecimalString } from "@/lib/money";
import { outboxRow } from "@/lib/notify/publish";
import { buyerListOf, buyerListsSql, type BuyerListRow } from "@/lib/pricing/world";
import { approvalRulesOf, approvalRulesSql, evaluateApproval } from "./approval";
import { creditOf, creditSql } from "./credit";
import { orderMachine, type OrderStatusValue } from "./lifecycle";
import { amountText, approversIn, audienceOf, financeIn, followersIn, orderAudienceSql, orderEvent, orderLink, orderNumberText } from "./notify";
import { priceWithLists, repriceLinesSql, totalsOf } from "./pricing";
import type { SubmitInput } from "./schema";
import { assertLockable, lockedOrderOf, lockOrdersSql, planSteps, type LockedOrder, type Step } from "./steps";
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
 * The tenant's order counter, incremented (a CTE of the submission's write: its row stays
 * locked until commit, so numbers are gap-free for committed submissions; docs/orders.md).
 */
const nextNumberSql = (tenantId: string) => Prisma.sql`
    INSERT INTO "OrderSequence" ("id", "tenantId", "lastNumber") VALUES (${`osq_${tenantId}`}, ${tenantId}, 1)
    ON CONFLICT ("tenantId") DO UPDATE SET "lastNumber" = "OrderSequence"."lastNumber" + 1
    RETURNING "lastNumber"`;

/**
 * Everything a submission reads, in ONE message (one round trip, lib/db/raw.ts), after the
 * scope's settings and the key's and credit's locks: the draft locked with the order this
 * key already submitted (FOR UPDATE), then — each statement with a fresh snapshot, so after
 * the lock — the draft's lines with their products (a product the partner may not see
 * reads as absent) and the buyer's type and tier, the buyer's live price lists with the
 * lines' prices, the credit limit with the open exposure, the approval rules, and the
 * order's audience (seats are the vendor's to read: read in the tenant's scope, the
 * partner's restored after, as `unsafeAcrossPartners` does).
 */
async function readSubmission(tx: RawTx, ctx: PartnerCtx, input: SubmitInput) {
  const key = { tenantId: ctx.tenantId, partnerId: ctx.partnerId, id: input.orderId };
  const ofOrder = Prisma.sql`"tenantId" = ${ctx.tenantId} AND "orderId" = ${input.orderId}`;
  const statements = [
    lockOrdersSql(ctx, Prisma.sql`(o."partnerId" = ${ctx.partnerId} AND o."idempotencyKey" = ${input.idempotencyKey}) OR o."id" = ${input.orderId}`),
    Prisma.sql`
    SELECT l."id", l."productId", l."quantity", l."requestedUnitPriceMinor"::text AS "requestedUnitPriceMinor", p."sku", p."nameEn", p."nameEs", p."status"::text AS "status",
           b."type"::text AS "partnerType", e."tierId"
      FROM "OrderLine" l
      JOIN "Partner" b ON b."tenantId" = l."tenantId" AND b."id" = l."partnerId"
      LEFT JOIN "PartnerProgram" e ON e."tenantId" = l."tenantId" AND e."partnerId" = l."partnerId"
      LEFT JOIN "Product" p ON p."tenantId" = l."tenantId" AND p."id" = l."productId"
     WHERE l."tenantId" = ${ctx.tenantId} AND l."orderId" = ${input.orderId}
     ORDER BY l."position"`,
    buyerListsSql(ctx.tenantId, {
      currency: Prisma.sql`(SELECT "currency" FROM "Order" WHERE "tenantId" = ${ctx.tenantId} AND "id" = ${input.orderId})`,
      partnerId: ctx.partnerId,
      partnerType: Prisma.sql`(SELECT "type"::text FROM "Partner" WHERE "tenantId" = ${ctx.tenantId} AND "id" = ${ctx.partnerId})`,
      tierId: Prisma.sql`(SELECT "tierId" FROM "PartnerProgram" WHERE "tenantId" = ${ctx.tenantId} AND "partnerId" = ${ctx.partnerId})`,
      productIds: Prisma.sql`SELECT "productId" FROM "OrderLine" WHERE ${ofOrder}`,
    }),
    creditSql(key),
    approvalRulesSql(ctx.tenantId),
  ].map((statement) => tx.sql(statement));
  const across = [settingsSql({ audience: "system", tenantId: ctx.tenantId }), tx.sql(orderAudienceSql(ctx.tenantId, ctx.partnerId)), settingsSql(scopeOf(ctx))];
  const [found, lines, lists, credit, rules, , audience] = await tx.send([...statements, ...across].join(";\n"));
  type LineRow = { id: string; productId: string; quantity: number; requestedUnitPriceMinor: string | null; partnerType: string; tierId: string | null } & {
    // the product's columns: null when the partner may not see it
    sku: string | null;
    nameEn: string;
    nameEs: string;
    status: ProductStatus;
  };
  return {
    found: found!.rows.map(lockedOrderOf),
    lines: lines!.rows as LineRow[],
    lists: (lists!.rows as BuyerListRow[]).map(buyerListOf),
    credit: credit!.rows as Parameters<typeof creditOf>[0],
    rules: approvalRulesOf(rules!.rows as Parameters<typeof approvalRulesOf>[0]),
    audience: audienceOf(audience!.rows as Parameters<typeof audienceOf>[0]),
  };
}

/** The draft's lines priced again for today by the engine, from what `readSubmission` read. */
function repriceDraft(ctx: PartnerCtx, order: LockedOrder, read: Awaited<ReturnType<typeof readSubmission>>, today: string) {
  const stored = read.lines;
  if (!stored.length) throw new AppError("VALIDATION_FAILED", { fields: { lines: ["orders.validation.empty"] } });
  if (!order.shipTo) throw new AppError("VALIDATION_FAILED", { fields: { shipTo: ["orders.validation.shipTo"] } });
  const inputs = stored.map((l) => ({
    productId: l.productId,
    quantity: l.quantity,
    requestedUnitPrice: l.requestedUnitPriceMinor === null ? null : toDecimalString(BigInt(l.requestedUnitPriceMinor), order.currency),
  }));
  const products = stored.flatMap((l) => (l.sku === null ? [] : [{ id: l.productId, sku: l.sku, nameEn: l.nameEn, nameEs: l.nameEs, status: l.status }]));
  // the buyer as the engine knows it: its type and its effective tier (lib/pricing/world.ts loadBuyer)
  const buyer = { partnerId: ctx.partnerId, partnerType: stored[0]!.partnerType, tierId: stored[0]!.tierId };
  const lines = priceWithLists(read.lists, order, inputs, today, { products, buyer });
  return { lineIds: stored.map((l) => l.id), lines };
}

async function submitInTx(tx: RawTx, ctx: PartnerCtx, input: SubmitInput, today: string): Promise<OrderSummary> {
  // The key's lock (and the partner's credit lock) came with the scope's settings, then the
  // reads: a replay, a double click or a retried request answers with the order this key
  // submitted.
  const read = await readSubmission(tx, ctx, input);
  const replay = read.found.find((o) => o.partnerId === ctx.partnerId && o.idempotencyKey === input.idempotencyKey);
  if (replay) return summaryOf(replay);
  const draft = read.found.find((o) => o.id === input.orderId);
  if (!draft) throw new AppError("NOT_FOUND");
  const order = assertLockable(ctx, draft, input.version);
  const { rule } = orderMachine.assert(ctx, order.status, "SUBMITTED");
  const { lineIds, lines } = repriceDraft(ctx, order, read, today);
  const totals = totalsOf(lines);
  order.totalMinor = totals.totalMinor;

  const credit = creditOf(read.credit, order);
  const approval = evaluateApproval(read.rules, order, lines);
  const routing = {
    approvalRequired: approval.required,
    approvalReasons: approval.reasons,
    approverPermission: approval.approverPermission,
    ...(credit.figures ? { creditCheck: credit.figures } : {}),
  };
  const recipients = credit.ok ? approversIn(read.audience, approval.approverPermission ?? "orders.approve") : [...financeIn(read.audience), ...followersIn(read.audience)];

  // one time for the whole submission, in UTC as Prisma writes it (not the server's zone)
  const now = new Date();
  const submit: Step = {
    to: "SUBMITTED",
    action: rule.action,
    data: { lines: lines.length, totalMinor: totals.totalMinor, currency: order.currency },
    patch: { ...totals, idempotencyKey: input.idempotencyKey, submittedAt: now, submittedByUserId: ctx.user.id },
  };
  const route: Step = !credit.ok
    ? { to: "ON_HOLD", action: "hold", data: { kind: "CREDIT", credit: credit.figures, approval: approval.reasons }, patch: { ...routing, holdKind: "CREDIT", statusReason: null } }
    : approval.required
      ? { to: "PENDING_APPROVAL", action: "route", data: { reasons: approval.reasons }, patch: routing }
      : { to: "APPROVED", action: "approve", data: { automatic: true }, patch: { ...routing, approvedAt: now, approvedByName: "Canal" } };
  const steps = planSteps(ctx, order, [submit, route]);

  // The writes in ONE statement: the lines as repriced (a standard order approved now has
  // its prices locked as priced), the timeline entries and audit entries of both steps, and
  // the order itself — both steps' columns, version + 2 and its number — updated once. The
  // number comes from the tenant's counter, whose row stays locked until the commit that
  // follows in the next message with the alert naming the number (numbers are gap-free):
  // everything before — pricing, credit, rules — of a tenant's submissions runs concurrently.
  const write = Prisma.sql`
    WITH next AS (${nextNumberSql(ctx.tenantId)}),
         lines AS (${repriceLinesSql(order, lineIds, lines, { lockPrices: route.to === "APPROVED" })} RETURNING 1),
         events AS (${insertRowsSql("OrderEvent", steps.events.map((row) => ({ ...row, createdAt: now })))}),
         audits AS (${insertRowsSql("AuditLog", auditLogRows(steps.audits, ctx).map((row) => ({ ...row, createdAt: now })))})
    ${updateRowSql(
      "Order",
      // `updatedAt` as Prisma's @updatedAt writes it
      { ...steps.patch, status: steps.status, updatedAt: now },
      Prisma.sql`t."tenantId" = ${order.tenantId} AND t."id" = ${order.id} AND t."version" = ${order.version}`,
      { also: [`"version" = t."version" + ${steps.events.length}`, `"number" = next."lastNumber"`], from: "next", returning: `t."number", (SELECT count(*)::int FROM lines) AS "lines"` },
    )}`;
  const written = await tx.send(tx.sql(write));
  // the order row is ours (locked, its version checked): anything else is a bug, and rolls back
  const [row] = written[0]!.rows as { number: number; lines: number }[];
  if (!row || row.lines !== lines.length) throw new AppError("STALE_EDIT");
  order.status = steps.status;
  order.version += steps.events.length;
  const number = row.number;
  order.number = number;
  const names = { order: orderNumberText(number), partner: ctx.partner.name, total: amountText(totals.totalMinor, order.currency), tenant: ctx.tenant.name };
  // a partner's session may publish its tenant's events (it may not read them back)
  const event = orderEvent({
    tenantId: ctx.tenantId,
    type: credit.ok ? "order.submitted" : "order.held",
    userIds: recipients,
    link: orderLink(ctx.tenant, "vendor", order.id),
    params: credit.ok ? { ...names, approval: approval.required ? "yes" : "no" } : { ...names, kind: "CREDIT", reason: "" },
  });
  if (event) await tx.send(tx.sql(insertRowsSql("OutboxEvent", [{ ...outboxRow(event), createdAt: now }])), { commit: true });
  return summaryOf(order);
}

export async function submitOrder(ctx: PartnerCtx, input: SubmitInput): Promise<OrderSummary> {
  authorize(ctx, "ownOrders.manage");
  const today = todayIn(ctx.tenant.timeZone);
  // one partner's submissions are credit-checked one at a time (two cannot both fit under
  // the limit): both locks for the whole transaction, always in this order
  const lockKeys = [`order-submit:${ctx.tenantId}:${ctx.partnerId}:${input.idempotencyKey}`, `order-credit:${ctx.tenantId}:${ctx.partnerId}`];
  return withRawScope(scopeOf(ctx), (tx) => submitInTx(tx, ctx, input, today), { lockKeys });
}
