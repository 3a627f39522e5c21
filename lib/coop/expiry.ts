import "server-only";
import { addDays, dateToDay, dayToDate, todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type SystemCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { withScope, type Tx } from "@/lib/db/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { appendEntry, balanceOfFund, lockFund, moneyText } from "./ledger";
import { publishCoopEvent, unsafeFollowersOf } from "./notify";
import { daysBetween } from "./periods";
import { lockRequest, moveRequest, releaseRequest } from "./requests";

/**
 * The daily co-op housekeeping (./jobs.ts), one tenant per transaction, safe to run again:
 *
 * - approved requests past their claim deadline expire and release their reservation;
 * - a fund on or after its expiry day loses what it still has available (an EXPIRY entry;
 *   reservations of claims already submitted are honoured, and what a later rejection
 *   releases expires on the next run);
 * - reminders 30 and 7 days before a fund expires (while it has money available) and before
 *   an approved request's claim deadline, once each (CoopReminder), to the partner's users.
 */

/** The signed effect of each kind on "available" (lib/coop/balances.ts), summed in SQL (ACCRUAL_REVERSAL takes, like the rest). */
const AVAILABLE_SQL = Prisma.sql`SUM(CASE e."kind"
  WHEN 'ACCRUAL' THEN e."amountMinor" WHEN 'ALLOCATION' THEN e."amountMinor" WHEN 'ADJUSTMENT' THEN e."amountMinor"
  WHEN 'RELEASE' THEN e."amountMinor" ELSE -e."amountMinor" END)`;

async function fundsWithMoney(tx: Tx, tenantId: string, where: Prisma.Sql): Promise<{ id: string; partnerId: string; expiresOn: Date; available: bigint; programName: string; currency: string }[]> {
  return tx.$queryRaw(Prisma.sql`
    SELECT f."id", f."partnerId", f."expiresOn", f."currency", p."name" AS "programName", ${AVAILABLE_SQL}::bigint AS "available"
      FROM "CoopFund" f
      JOIN "CoopProgram" p ON p."tenantId" = f."tenantId" AND p."id" = f."programId"
      JOIN "CoopEntry" e ON e."tenantId" = f."tenantId" AND e."fundId" = f."id"
     WHERE f."tenantId" = ${tenantId} AND ${where}
     GROUP BY f."id", f."partnerId", f."expiresOn", f."currency", p."name"
    HAVING ${AVAILABLE_SQL} > 0`);
}

export async function expireTenant(ctx: SystemCtx, now = new Date()): Promise<{ requests: number; funds: number; expiredMinor: bigint }> {
  authorize(ctx, "coop.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { timeZone: true } });
    const today = todayIn(tenant.timeZone, now);
    const lapsed = await tx.coopRequest.findMany({ where: { tenantId: ctx.tenantId, status: "APPROVED", claimDeadline: { lt: dayToDate(today) } }, select: { id: true }, orderBy: { id: "asc" } });
    for (const { id } of lapsed) {
      const request = await lockRequest(tx, ctx, id, null);
      if (request.status !== "APPROVED") continue;
      const fund = await lockFund(tx, ctx, request.fundId);
      await moveRequest(tx, ctx, request, "EXPIRED", "claim deadline passed");
      await releaseRequest(tx, ctx, fund, request.id, "claim deadline passed");
    }
    let funds = 0;
    let expiredMinor = 0n;
    for (const found of await fundsWithMoney(tx, ctx.tenantId, Prisma.sql`f."expiresOn" <= ${today}::date`)) {
      const fund = await lockFund(tx, ctx, found.id);
      const { availableMinor } = await balanceOfFund(tx, ctx.tenantId, fund.id);
      if (availableMinor <= 0n) continue;
      await appendEntry(tx, ctx, fund, { kind: "EXPIRY", amountMinor: availableMinor, reason: `expired on ${fund.expiresOn}` });
      await recordAudit(tx, ctx, { action: "coopFund.expired", entityType: "CoopFund", entityId: fund.id, after: { amountMinor: availableMinor.toString(), expiresOn: fund.expiresOn } });
      funds++;
      expiredMinor += availableMinor;
    }
    return { requests: lapsed.length, funds, expiredMinor };
  });
}

export const REMINDER_DAYS = [30, 7] as const;

/** The reminder due for something `daysLeft` away that has not been sent, marking the larger ones it makes stale. */
async function dueReminder(tx: Tx, tenantId: string, partnerId: string, subjectKey: string, daysLeft: number): Promise<number | null> {
  const due = REMINDER_DAYS.filter((d) => daysLeft <= d && daysLeft > 0);
  if (!due.length) return null;
  const sent = new Set((await tx.coopReminder.findMany({ where: { tenantId, subjectKey }, select: { daysBefore: true } })).map((r) => r.daysBefore));
  const fresh = due.filter((d) => !sent.has(d));
  if (!fresh.length) return null;
  const created = await tx.coopReminder.createMany({ data: fresh.map((daysBefore) => ({ id: createId("coopReminder"), tenantId, partnerId, subjectKey, daysBefore })), skipDuplicates: true });
  return created.count ? Math.min(...fresh) : null;
}

export async function remindTenant(ctx: SystemCtx, now = new Date()): Promise<{ reminders: number }> {
  authorize(ctx, "coop.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { slug: true, name: true, timeZone: true } });
    const today = todayIn(tenant.timeZone, now);
    const names = { id: ctx.tenantId, slug: tenant.slug, name: tenant.name };
    const horizon = dayToDate(addDays(today, 31));
    let reminders = 0;
    for (const fund of await fundsWithMoney(tx, ctx.tenantId, Prisma.sql`f."expiresOn" > ${today}::date AND f."expiresOn" <= ${horizon}`)) {
      const expiresOn = dateToDay(fund.expiresOn);
      const days = daysBetween(today, expiresOn);
      if ((await dueReminder(tx, ctx.tenantId, fund.partnerId, `fund:${fund.id}`, days)) === null) continue;
      await publishCoopEvent(tx, {
        tenant: names,
        type: "coop.reminder",
        side: "partner",
        userIds: await unsafeFollowersOf(tx, ctx.tenantId, fund.partnerId),
        params: { kind: "expiry", program: fund.programName, amount: moneyText(BigInt(fund.available), fund.currency), date: expiresOn, days: String(days), title: "" },
      });
      reminders++;
    }
    const requests = await tx.coopRequest.findMany({
      where: { tenantId: ctx.tenantId, status: "APPROVED", claimDeadline: { gte: dayToDate(today), lte: horizon } },
      select: { id: true, partnerId: true, title: true, claimDeadline: true, approvedMinor: true, currency: true },
    });
    for (const request of requests) {
      const deadline = dateToDay(request.claimDeadline!);
      const days = daysBetween(today, deadline);
      if ((await dueReminder(tx, ctx.tenantId, request.partnerId, `request:${request.id}`, days)) === null) continue;
      await publishCoopEvent(tx, {
        tenant: names,
        type: "coop.reminder",
        side: "partner",
        userIds: await unsafeFollowersOf(tx, ctx.tenantId, request.partnerId),
        params: { kind: "deadline", title: request.title, date: deadline, days: String(days), program: "", amount: moneyText(request.approvedMinor ?? 0n, request.currency) },
      });
      reminders++;
    }
    return { reminders };
  });
}
