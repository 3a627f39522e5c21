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

type CreditOrder = { tenantId: string; partnerId: string; id: string; currency: string; totalMinor: bigint };
/** A row of `creditSql` (amounts as text: the statement is sent by hand, lib/orders/submit.ts). */
type CreditRow = { currency: string; limitMinor: string; openMinor: string };

/** The credit check's statement: the limit and the exposure in its currency (no row: no limit). */
export const creditSql = (order: Pick<CreditOrder, "tenantId" | "partnerId" | "id">) => Prisma.sql`
    SELECT l."currency", l."limitMinor"::text AS "limitMinor", (${exposureSql({ tenantId: order.tenantId, partnerId: order.partnerId, exceptOrderId: order.id }, Prisma.sql`l."currency"`)})::text AS "openMinor"
      FROM "CreditLimit" l WHERE l."tenantId" = ${order.tenantId} AND l."partnerId" = ${order.partnerId}`;

/** The check of `order` (its total as priced) against the row of `creditSql`. */
export function creditOf(rows: readonly CreditRow[], order: CreditOrder): CreditCheck {
  const [limit] = rows;
  if (!limit) return { ok: true, figures: null };
  const limitMinor = BigInt(limit.limitMinor);
  const openMinor = BigInt(limit.openMinor);
  const figures: CreditFigures = {
    limitMinor: limitMinor.toString(),
    openMinor: openMinor.toString(),
    orderMinor: order.totalMinor.toString(),
    currency: limit.currency,
    orderCurrency: order.currency,
  };
  if (limit.currency !== order.currency) return { ok: false, figures };
  return openMinor + order.totalMinor > limitMinor ? { ok: false, figures } : { ok: true, figures };
}
