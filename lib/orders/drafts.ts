import "server-only";
import { todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type PartnerCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { assertFresh } from "@/lib/db/concurrency";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { orderMachine } from "./lifecycle";
import { priceLines, totalsOf, writeLines } from "./pricing";
import type { DiscardInput, DraftInput } from "./schema";
import { lockOrder, writeStep } from "./steps";
import type { OrderSummary } from "./types";

/**
 * The portal cart: a DRAFT order the partner saves as often as it likes. Every save
 * replaces the lines and prices them again on the server (lib/orders/pricing.ts) — a price
 * or total sent with the request is never read — and needs the version the tab loaded
 * (STALE_EDIT otherwise, so two tabs never overwrite each other).
 */

const dayOrNull = (day: string | null) => (day ? new Date(`${day}T00:00:00.000Z`) : null);
const jsonOrNull = (value: unknown) => (value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue));

export async function saveDraft(ctx: PartnerCtx, input: DraftInput): Promise<OrderSummary> {
  authorize(ctx, "ownOrders.manage");
  const today = todayIn(ctx.tenant.timeZone);
  return withScope(scopeOf(ctx), async (tx) => {
    const header = {
      poNumber: input.poNumber,
      requestedDate: dayOrNull(input.requestedDate),
      shipTo: jsonOrNull(input.shipTo),
      priority: input.priority,
      notes: input.notes,
    };
    let id = input.orderId;
    let currency: string;
    let version: number;
    if (!id) {
      id = createId("order");
      currency = input.currency ?? ctx.tenant.currency;
      await tx.order.create({
        data: { id, tenantId: ctx.tenantId, partnerId: ctx.partnerId, currency, createdByUserId: ctx.user.id, createdByName: ctx.user.name, ...header },
        select: { id: true },
      });
      version = 0;
    } else {
      if (input.version === undefined) throw new AppError("VALIDATION_FAILED", { fields: { version: ["validation.required"] } });
      const order = await lockOrder(tx, ctx, id, input.version);
      if (order.status !== "DRAFT") throw new AppError("INVALID_TRANSITION", { params: { from: order.status, to: "DRAFT" } });
      currency = order.currency;
      assertFresh(
        await tx.order.updateMany({ where: { tenantId: ctx.tenantId, id, version: order.version }, data: { ...header, version: { increment: 1 } } }),
      );
      version = order.version + 1;
    }
    const lines = await priceLines(tx, { tenantId: ctx.tenantId, partnerId: ctx.partnerId, currency }, input.lines, today);
    await writeLines(tx, { tenantId: ctx.tenantId, partnerId: ctx.partnerId, id }, lines);
    const totals = totalsOf(lines);
    await tx.order.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id } }, data: totals, select: { id: true } });
    await recordAudit(tx, ctx, {
      action: input.orderId ? "order.draftSaved" : "order.draftCreated",
      entityType: "Order",
      entityId: id,
      after: { lines: lines.length, totalMinor: totals.totalMinor.toString(), currency },
    });
    return { id, number: null, status: "DRAFT", version, currency, totalMinor: totals.totalMinor };
  });
}

/** The partner throws a draft away (it stays, CANCELLED, on its timeline). */
export async function discardDraft(ctx: PartnerCtx, input: DiscardInput): Promise<OrderSummary> {
  authorize(ctx, "ownOrders.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const order = await lockOrder(tx, ctx, input.orderId, input.version);
    const { rule } = orderMachine.assert(ctx, order.status, "CANCELLED");
    const version = await writeStep(tx, ctx, order, { to: "CANCELLED", action: rule.action });
    return { id: order.id, number: order.number, status: "CANCELLED", version, currency: order.currency, totalMinor: order.totalMinor };
  });
}
