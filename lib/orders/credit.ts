import "server-only";
import type { Tx } from "@/lib/db/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { OPEN_STATUSES } from "./lifecycle";

/**
 * The credit check of a submission: the partner's open exposure in the limit's currency —
 * the open balances of its invoices (lib/invoicing: what was shipped and not yet paid or
 * credited, tax included) plus the part of its submitted orders not invoiced yet (each
 * order's total less the net of its invoices; neither rejected nor cancelled) — plus this
 * order, against its credit limit. No limit row: no check. An order in another currency
 * than the limit cannot be compared, and is held for finance too (they decide).
 */

export type CreditFigures = { limitMinor: string; openMinor: string; orderMinor: string; currency: string; orderCurrency: string };
export type CreditCheck = { ok: true; figures: CreditFigures | null } | { ok: false; figures: CreditFigures };

/**
 * The partner's open exposure in `currency` (an SQL expression: the limit's currency, read
 * in the same statement): open invoice balances + the not-yet-invoiced part of its
 * submitted orders (but `exceptOrderId`).
 */
const exposureSql = (key: { tenantId: string; partnerId: string; exceptOrderId?: string }, currency: Prisma.Sql) => Prisma.sql`
  (SELECT COALESCE(SUM(i."balanceMinor"), 0)::bigint FROM "Invoice" i
    WHERE i."tenantId" = ${key.tenantId} AND i."partnerId" = ${key.partnerId} AND i."currency" = ${currency})
  +
  (SELECT COALESCE(SUM(GREATEST(o."totalMinor" - COALESCE(inv.net, 0), 0)), 0)::bigint FROM "Order" o
    LEFT JOIN (SELECT "orderId", SUM("subtotalMinor") AS net FROM "Invoice"
               WHERE "tenantId" = ${key.tenantId} AND "partnerId" = ${key.partnerId} GROUP BY "orderId") inv ON inv."orderId" = o."id"
    WHERE o."tenantId" = ${key.tenantId} AND o."partnerId" = ${key.partnerId} AND o."currency" = ${currency}
      AND o."status"::text = ANY(${[...OPEN_STATUSES]}::text[]) AND o."id" <> ${key.exceptOrderId ?? ""})`;

/** Open invoice balances + the not-yet-invoiced part of the partner's submitted orders. */
export async function openExposure(tx: Tx, key: { tenantId: string; partnerId: string; currency: string; exceptOrderId?: string }): Promise<bigint> {
  const [row] = await tx.$queryRaw<{ open: bigint }[]>`SELECT ${exposureSql(key, Prisma.sql`${key.currency}`)} AS open`;
  return row?.open ?? 0n;
}

export async function checkCredit(tx: Tx, order: { tenantId: string; partnerId: string; id: string; currency: string; totalMinor: bigint }): Promise<CreditCheck> {
  // the limit and the exposure in its currency: one statement (no row: no limit, no check)
  const [limit] = await tx.$queryRaw<{ currency: string; limitMinor: bigint; openMinor: bigint }[]>`
    SELECT l."currency", l."limitMinor", ${exposureSql({ tenantId: order.tenantId, partnerId: order.partnerId, exceptOrderId: order.id }, Prisma.sql`l."currency"`)} AS "openMinor"
      FROM "CreditLimit" l WHERE l."tenantId" = ${order.tenantId} AND l."partnerId" = ${order.partnerId}`;
  if (!limit) return { ok: true, figures: null };
  const openMinor = limit.openMinor;
  const figures: CreditFigures = {
    limitMinor: limit.limitMinor.toString(),
    openMinor: openMinor.toString(),
    orderMinor: order.totalMinor.toString(),
    currency: limit.currency,
    orderCurrency: order.currency,
  };
  if (limit.currency !== order.currency) return { ok: false, figures };
  return openMinor + order.totalMinor > limit.limitMinor ? { ok: false, figures } : { ok: true, figures };
}
