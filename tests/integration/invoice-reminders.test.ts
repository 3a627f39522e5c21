/**
 * Overdue reminders (lib/invoicing/reminders.ts) on PostgreSQL: an invoice past its due
 * date is reminded once per stage — to the partner's invoice readers with the portal link
 * and to its rep with the back office's — a rerun sends nothing again, a later stage sends
 * once more, and a paid invoice is never reminded. The job runs with a chosen "now" (days
 * after the invoice's due date); nothing in the data is changed by hand.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { addDays, dateToDay } from "@/lib/activities/dates";
import { overdueRemindersJob } from "@/lib/invoicing/jobs";
import { JOBS } from "@/lib/jobs/registry";
import { recordPayment } from "@/lib/invoicing/payments";
import { sendOverdueReminders, stageOf } from "@/lib/invoicing/reminders";
import { recordPaymentSchema } from "@/lib/invoicing/schema";
import { updatePartnerAccount } from "@/lib/partners/service";
import { ownerQuery } from "@/tests/fixtures/db";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { seedProduct } from "@/tests/fixtures/catalog";
import { seedPriceList } from "@/tests/fixtures/pricing";
import { stockUp } from "@/tests/fixtures/orders";
import { shippedInvoice } from "@/tests/fixtures/invoicing";

let admin: VendorCtx;
let rep: VendorCtx;
let partner: PartnerCtx;
let overdue: { invoiceId: string; dueDate: Date };
let paid: { invoiceId: string };

type Payload = { recipients: { userId: string }[]; link: string; params: Record<string, string> };
const overdueEvents = async (invoiceNumber: string) =>
  (await ownerQuery<{ payload: Payload }>(`SELECT payload FROM "OutboxEvent" WHERE "tenantId" = $1 AND type = 'invoice.overdue' ORDER BY "createdAt", id`, [admin.tenantId]))
    .map((r) => r.payload)
    .filter((p) => p.params.invoice === invoiceNumber);
const stages = async (invoiceId: string) =>
  (await ownerQuery<{ stage: number }>(`SELECT stage FROM "InvoiceReminder" WHERE "invoiceId" = $1 ORDER BY stage`, [invoiceId])).map((r) => r.stage);
const numberOf = async (invoiceId: string) => {
  const [row] = await ownerQuery<{ number: number }>(`SELECT number FROM "Invoice" WHERE id = $1`, [invoiceId]);
  return `INV-${String(row!.number).padStart(6, "0")}`;
};
/** Noon UTC `days` after the invoice's due date. */
const daysAfterDue = (days: number) => new Date(`${addDays(dateToDay(overdue.dueDate), days)}T12:00:00Z`);

beforeAll(async () => {
  admin = await createTestTenant();
  rep = await addVendorUser(admin, "CHANNEL_MANAGER");
  partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
  const [seat] = await ownerQuery<{ id: string }>(`SELECT id FROM "Membership" WHERE "tenantId" = $1 AND "userId" = $2`, [admin.tenantId, rep.user.id]);
  await updatePartnerAccount(admin, { partnerId: partner.partnerId, seatLimit: null, channelManagerId: seat!.id });
  const widget = await seedProduct(admin, { nameEn: "Widget", nameEs: "Artilugio" });
  await seedPriceList(admin, { target: "BASE" }, [[widget.sku, 1, "PRICE", "19.99"]]);
  await stockUp(admin, widget.id, 10);
  const first = await shippedInvoice(admin, partner, [{ productId: widget.id, quantity: 2 }]);
  const [row] = await ownerQuery<{ dueDate: Date }>(`SELECT "dueDate" FROM "Invoice" WHERE id = $1`, [first.invoiceId]);
  overdue = { invoiceId: first.invoiceId, dueDate: row!.dueDate };
  paid = await shippedInvoice(admin, partner, [{ productId: widget.id, quantity: 1 }]);
  const [balance] = await ownerQuery<{ totalMinor: string }>(`SELECT "totalMinor" FROM "Invoice" WHERE id = $1`, [paid.invoiceId]);
  const amount = (Number(balance!.totalMinor) / 100).toFixed(2);
  await recordPayment(admin, recordPaymentSchema.parse({ partnerId: partner.partnerId, currency: "USD", amount, receivedOn: dateToDay(new Date()), method: "CARD", reference: "PAID-IN-FULL", idempotencyKey: `reminder-paid-${paid.invoiceId}`, applications: [{ invoiceId: paid.invoiceId, amount }] }));
});

describe("overdue reminders", () => {
  it("is a registered job on the worker's schedule", () => {
    expect(JOBS).toContain(overdueRemindersJob);
    expect(overdueRemindersJob.name).toBe("invoicing.overdueReminders");
  });

  it("names the highest stage reached", () => {
    expect([0, 1, 14, 15, 29, 30, 59, 60, 89, 90, 400].map(stageOf)).toEqual([null, 1, 1, 15, 15, 30, 30, 60, 60, 90, 90]);
  });

  it("sends nothing on the due date itself", async () => {
    await sendOverdueReminders(daysAfterDue(0));
    expect(await stages(overdue.invoiceId)).toEqual([]);
  });

  it("reminds the partner's readers and its rep once per stage, and a rerun sends nothing again", async () => {
    const number = await numberOf(overdue.invoiceId);
    await sendOverdueReminders(daysAfterDue(3));
    await sendOverdueReminders(daysAfterDue(3));
    expect(await stages(overdue.invoiceId)).toEqual([1]);
    const events = await overdueEvents(number);
    expect(events).toHaveLength(2);
    const toPartner = events.find((e) => e.link.includes("/portal/"))!;
    const toRep = events.find((e) => e.link.includes("/admin/"))!;
    expect(toPartner.recipients.map((r) => r.userId)).toEqual([partner.user.id]);
    expect(toPartner.link).toBe(`/${admin.tenant.slug}/portal/invoices/${overdue.invoiceId}`);
    expect(toRep.recipients.map((r) => r.userId)).toEqual([rep.user.id]);
    expect(toPartner.params).toMatchObject({ invoice: number, days: "3", due: dateToDay(overdue.dueDate), balance: "39.98 USD" });
    const [audit] = await ownerQuery<{ count: string }>(`SELECT count(*) FROM "AuditLog" WHERE "tenantId" = $1 AND action = 'invoice.reminded' AND "entityId" = $2`, [admin.tenantId, overdue.invoiceId]);
    expect(Number(audit!.count)).toBe(1);
  });

  it("sends the highest stage reached when it comes, never the stages skipped", async () => {
    await sendOverdueReminders(daysAfterDue(40));
    expect(await stages(overdue.invoiceId)).toEqual([1, 30]);
    expect(await overdueEvents(await numberOf(overdue.invoiceId))).toHaveLength(4);
  });

  it("never reminds a paid invoice", async () => {
    await sendOverdueReminders(daysAfterDue(100));
    expect(await stages(paid.invoiceId)).toEqual([]);
    expect(await stages(overdue.invoiceId)).toEqual([1, 30, 90]);
  });
});
