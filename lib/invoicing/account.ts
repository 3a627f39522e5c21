import "server-only";
import { dateToDay, dayToDate, todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { noteCreditSql } from "./credit-applications";
import { creditNoteNumberText } from "./schema";
import { settingsOf } from "./settings";

/**
 * A partner's account as finance and its rep read it: its credit — payments with money not
 * yet applied and credit notes not yet applied (credit on account) —, what it bought over the trailing twelve months (invoiced net, per
 * currency), and its payment terms. The aging of its open balances is `partnerAging`.
 */

/** Credit the partner has on its account: what a payment or a credit note has not applied yet. */
export type OpenCredit = { source: "PAYMENT" | "CREDIT_NOTE"; id: string; currency: string; date: Date; reference: string; amountMinor: bigint; leftMinor: bigint };
export type TrailingVolume = { currency: string; netMinor: bigint; invoices: number };
export type PartnerAccount = {
  credits: OpenCredit[];
  volume: TrailingVolume[];
  /** the first day of the trailing window (inclusive) */
  since: string;
  /** the partner's own terms, or null when it follows the tenant's default */
  termsDays: number | null;
  defaultTermsDays: number;
};

/** The first day of the trailing twelve months ending on `today` (a year back, the next day). */
export function trailingStart(today: string): string {
  const date = dayToDate(today);
  date.setUTCFullYear(date.getUTCFullYear() - 1);
  date.setUTCDate(date.getUTCDate() + 1);
  return dateToDay(date);
}

/** Payments and credit notes of the partner with money left to apply, oldest first (optionally in one currency). */
async function creditsIn(tx: Tx, tenantId: string, partnerId: string, currency?: string): Promise<OpenCredit[]> {
  const rows = await tx.$queryRaw<{ source: OpenCredit["source"]; id: string; currency: string; date: Date; reference: string | null; number: number | null; amount: bigint; left: bigint }[]>`
    SELECT * FROM (
      SELECT 'PAYMENT' AS source, id, currency, "receivedOn" AS date, reference, NULL::int AS number, "amountMinor" AS amount, "amountMinor" - "appliedMinor" AS left
        FROM "Payment" WHERE "tenantId" = ${tenantId} AND "partnerId" = ${partnerId} AND "amountMinor" > "appliedMinor"
      UNION ALL
      SELECT 'CREDIT_NOTE', id, currency, "issueDate", NULL, number, "totalMinor", "leftMinor" FROM ${noteCreditSql(tenantId, partnerId)} n WHERE "leftMinor" > 0
    ) t WHERE (${currency ?? null}::text IS NULL OR currency = ${currency ?? null})
    ORDER BY date, id LIMIT 50`;
  return rows.map((r) => ({
    source: r.source,
    id: r.id,
    currency: r.currency,
    date: r.date,
    reference: r.source === "CREDIT_NOTE" ? creditNoteNumberText(r.number ?? 0) : (r.reference ?? ""),
    amountMinor: BigInt(r.amount),
    leftMinor: BigInt(r.left),
  }));
}

/** The partner's unapplied payments and credit notes in one currency (an invoice page offers to apply them). */
export async function openCredits(ctx: VendorCtx, input: { partnerId: string; currency: string }): Promise<OpenCredit[]> {
  authorize(ctx, "invoices.read");
  return withReadScope(scopeOf(ctx), (tx) => creditsIn(tx, ctx.tenantId, input.partnerId, input.currency));
}

/** What the partner was invoiced from `since` on (net, tax excluded), per currency. */
export async function trailingVolumeIn(tx: Tx, tenantId: string, partnerId: string, since: string): Promise<TrailingVolume[]> {
  const rows = await tx.invoice.groupBy({
    by: ["currency"],
    where: { tenantId, partnerId, issueDate: { gte: dayToDate(since) } },
    _sum: { subtotalMinor: true },
    _count: { _all: true },
    orderBy: { currency: "asc" },
  });
  return rows.map((v) => ({ currency: v.currency, netMinor: v._sum.subtotalMinor ?? 0n, invoices: v._count._all }));
}

async function accountOf(ctx: TenantCtx, partnerId: string): Promise<PartnerAccount> {
  const since = trailingStart(todayIn(ctx.tenant.timeZone));
  return withReadScope(scopeOf(ctx), async (tx) => {
    const partner = await tx.partner.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: partnerId } }, select: { id: true } });
    if (!partner) throw new AppError("NOT_FOUND");
    const [credits, volume, terms, settings] = await Promise.all([
      creditsIn(tx, ctx.tenantId, partnerId),
      trailingVolumeIn(tx, ctx.tenantId, partnerId, since),
      tx.partnerPaymentTerms.findUnique({ where: { tenantId_partnerId: { tenantId: ctx.tenantId, partnerId } }, select: { termsDays: true } }),
      settingsOf(tx, ctx.tenantId),
    ]);
    return {
      credits,
      volume,
      since,
      termsDays: terms?.termsDays ?? null,
      defaultTermsDays: settings.defaultTermsDays,
    };
  });
}

/** The partner 360's account insight: credit, trailing volume, terms. */
export async function partnerAccount(ctx: VendorCtx, partnerId: string): Promise<PartnerAccount> {
  authorize(ctx, "invoices.read");
  return accountOf(ctx, partnerId);
}

export type OpenInvoice = { id: string; number: number; dueDate: Date; balanceMinor: bigint };

/**
 * The partner's open invoices in one currency, oldest due first (then by number): the rows
 * a payment or its credit is spread over, in the order the form fills them by default.
 */
export async function openInvoicesOf(ctx: VendorCtx, input: { partnerId: string; currency: string }): Promise<OpenInvoice[]> {
  authorize(ctx, "invoices.read");
  return withReadScope(scopeOf(ctx), (tx) =>
    tx.invoice.findMany({
      where: { tenantId: ctx.tenantId, partnerId: input.partnerId, currency: input.currency, balanceMinor: { gt: 0n } },
      orderBy: [{ dueDate: "asc" }, { number: "asc" }],
      take: 100,
      select: { id: true, number: true, dueDate: true, balanceMinor: true },
    }),
  );
}

/** The currencies a partner was ever invoiced in (the back office's statement). */
export async function partnerCurrencies(ctx: VendorCtx, partnerId: string): Promise<string[]> {
  authorize(ctx, "invoices.read");
  return withReadScope(scopeOf(ctx), (tx) => currenciesIn(tx, ctx.tenantId, partnerId));
}

async function currenciesIn(tx: Tx, tenantId: string, partnerId: string): Promise<string[]> {
  const rows = await tx.invoice.findMany({ where: { tenantId, partnerId }, distinct: ["currency"], select: { currency: true }, orderBy: { currency: "asc" } });
  return rows.map((r) => r.currency);
}

/** The list filter's partners: those with at least one invoice, by name. */
export async function invoicePartnerOptions(ctx: VendorCtx): Promise<{ value: string; label: string }[]> {
  authorize(ctx, "invoices.read");
  const rows = await withReadScope(scopeOf(ctx), (tx) =>
    tx.partner.findMany({
      where: { tenantId: ctx.tenantId, invoices: { some: {} } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 500,
      select: { id: true, name: true },
    }),
  );
  return rows.map((p) => ({ value: p.id, label: p.name }));
}

export type OwnBalance = { currency: string; openMinor: bigint; overdueMinor: bigint; creditMinor: bigint };

/** A partner's balance per currency on `today`: open, of which overdue (past due), and unapplied credit (payments and credit notes). */
export async function balancesIn(tx: Tx, tenantId: string, partnerId: string, today: string): Promise<OwnBalance[]> {
  const day = dayToDate(today);
  const rows = await tx.$queryRaw<{ currency: string; open: bigint; overdue: bigint; credit: bigint }[]>`
    SELECT currency, SUM(open)::bigint AS open, SUM(overdue)::bigint AS overdue, SUM(credit)::bigint AS credit FROM (
      SELECT currency, "balanceMinor" AS open, CASE WHEN "dueDate" < ${day}::date THEN "balanceMinor" ELSE 0 END AS overdue, 0 AS credit
        FROM "Invoice" WHERE "tenantId" = ${tenantId} AND "partnerId" = ${partnerId} AND "balanceMinor" > 0
      UNION ALL
      SELECT currency, 0, 0, "amountMinor" - "appliedMinor"
        FROM "Payment" WHERE "tenantId" = ${tenantId} AND "partnerId" = ${partnerId} AND "amountMinor" > "appliedMinor"
      UNION ALL
      SELECT currency, 0, 0, "leftMinor" FROM ${noteCreditSql(tenantId, partnerId)} n WHERE "leftMinor" > 0
    ) t GROUP BY currency ORDER BY currency`;
  return rows.map((r) => ({ currency: r.currency, openMinor: BigInt(r.open), overdueMinor: BigInt(r.overdue), creditMinor: BigInt(r.credit) }));
}

/** The partner's own balance per currency: open, of which overdue, and unapplied credit. */
export async function ownBalances(ctx: PartnerCtx): Promise<OwnBalance[]> {
  authorize(ctx, "ownInvoices.read");
  return withReadScope(scopeOf(ctx), (tx) => balancesIn(tx, ctx.tenantId, ctx.partnerId, todayIn(ctx.tenant.timeZone)));
}

/** The currencies the partner was ever invoiced in (the statement's choice). */
export async function ownCurrencies(ctx: PartnerCtx): Promise<string[]> {
  authorize(ctx, "ownInvoices.read");
  return withReadScope(scopeOf(ctx), (tx) => currenciesIn(tx, ctx.tenantId, ctx.partnerId));
}
