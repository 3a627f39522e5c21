import "server-only";
import { addDays, dateToDay, dayToDate, todayIn } from "@/lib/activities/dates";
import { systemCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { withScope, type Tx } from "@/lib/db/scope";
import { createId } from "@/lib/ids";
import { amountText, invoiceLink, publishInvoiceEvent, unsafeInvoiceReadersOf, unsafeRepOf } from "./notify";
import { invoiceNumberText } from "./schema";

/**
 * Overdue reminders, sent by the `invoicing.overdueReminders` job (./jobs.ts). An invoice
 * with an open balance past its due date (the tenant's today) is reminded once per stage —
 * the days past due below — to the partner's users who read its invoices and to its rep.
 * Only the highest stage reached is sent: an invoice found 40 days late gets the 30-day
 * reminder, not three at once. The stage is claimed by inserting its row (unique per
 * invoice and stage) in the alert's own transaction, so a rerun or a second worker sends
 * nothing twice.
 */

export const REMINDER_STAGES = [1, 15, 30, 60, 90] as const;
const BATCH = 200;

/** The highest stage `daysPastDue` has reached, or null before the first. */
export function stageOf(daysPastDue: number): number | null {
  let stage: number | null = null;
  for (const s of REMINDER_STAGES) if (daysPastDue >= s) stage = s;
  return stage;
}

export type ReminderRun = { reminded: number };

export async function sendOverdueReminders(now: Date = new Date()): Promise<ReminderRun> {
  // The furthest "today" of any time zone (UTC+14) is at most one day after UTC's.
  const horizon = dayToDate(addDays(dateToDay(now), 1));
  const tenants = await withScope({ audience: "worker" }, (tx) =>
    tx.invoice.findMany({ where: { balanceMinor: { gt: 0n }, dueDate: { lt: horizon } }, distinct: ["tenantId"], select: { tenantId: true } }),
  );
  let reminded = 0;
  for (const { tenantId } of tenants) reminded += (await sendTenantReminders(tenantId, now)).reminded;
  return { reminded };
}

/** One tenant's reminders, page by page (each page its own transaction). */
export async function sendTenantReminders(tenantId: string, now: Date = new Date()): Promise<ReminderRun> {
  let reminded = 0;
  let after = "";
  for (;;) {
    const batch = await withScope({ audience: "system", tenantId }, (tx) => remindTenant(tx, tenantId, now, after));
    reminded += batch.reminded;
    if (!batch.last) return { reminded };
    after = batch.last;
  }
}

/** One page of a tenant's overdue invoices (by id after `after`); `last` is set while more may follow. */
async function remindTenant(tx: Tx, tenantId: string, now: Date, after: string): Promise<{ reminded: number; last: string | null }> {
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { slug: true, name: true, timeZone: true } });
  const today = todayIn(tenant.timeZone, now);
  const invoices = await tx.invoice.findMany({
    where: { tenantId, balanceMinor: { gt: 0n }, dueDate: { lt: dayToDate(today) }, id: { gt: after } },
    orderBy: { id: "asc" },
    take: BATCH,
    select: { id: true, number: true, partnerId: true, currency: true, balanceMinor: true, dueDate: true, partner: { select: { name: true } } },
  });
  const ctx = systemCtx(tenantId);
  let reminded = 0;
  for (const invoice of invoices) {
    const due = dateToDay(invoice.dueDate);
    const days = Math.round((dayToDate(today).getTime() - invoice.dueDate.getTime()) / 86_400_000);
    const stage = stageOf(days);
    if (stage === null) continue;
    const claimed = await tx.invoiceReminder.createMany({
      data: [{ id: createId("invoiceReminder"), tenantId, partnerId: invoice.partnerId, invoiceId: invoice.id, stage, sentAt: now }],
      skipDuplicates: true,
    });
    if (claimed.count === 0) continue;
    reminded += 1;
    const number = invoiceNumberText(invoice.number);
    await recordAudit(tx, ctx, { action: "invoice.reminded", entityType: "Invoice", entityId: invoice.id, after: { invoice: number, stage, daysPastDue: days, balanceMinor: invoice.balanceMinor.toString() } });
    const params = { invoice: number, partner: invoice.partner.name, balance: amountText(invoice.balanceMinor, invoice.currency), due, days: String(days), tenant: tenant.name };
    // each side gets the link of its own area
    await publishInvoiceEvent(tx, { tenantId, type: "invoice.overdue", userIds: await unsafeInvoiceReadersOf(tx, tenantId, invoice.partnerId), link: invoiceLink(tenant, "partner", invoice.id), params });
    await publishInvoiceEvent(tx, { tenantId, type: "invoice.overdue", userIds: await unsafeRepOf(tx, tenantId, invoice.partnerId), link: invoiceLink(tenant, "vendor", invoice.id), params });
  }
  return { reminded, last: invoices.length === BATCH ? invoices[invoices.length - 1]!.id : null };
}
