import "server-only";
import { dayToDate, addDays, todayIn } from "@/lib/activities/dates";
import type { VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { orderNumberText } from "@/lib/orders/schema";
import { post } from "./journal";
import { amountText, invoiceLink, publishInvoiceEvent, unsafeInvoiceReadersOf } from "./notify";
import { invoiceNumberText } from "./schema";
import { nextNumber } from "./sequence";
import { settingsOf } from "./settings";
import { totalsOf } from "./tax";

/**
 * An invoice for a shipment, issued in the shipment's own transaction (lib/orders/shipping.ts):
 * each shipped order line at the order's locked unit price × the units shipped; the tax rate
 * of the ship-to's country and region (else the country's, else the tenant's default); the
 * partner's payment terms (else the tenant's). The explanation keeps how each figure was
 * reached. The journal posts receivables / revenue / tax payable; the partner's users hear.
 */

type ShipTo = { country?: string; region?: string | null } | null;

export type RateChoice = { rateBp: number; source: "region" | "country" | "default"; country: string; region: string; name: string | null };

/** The rate for a ship-to: its region's, else its country's, else the tenant's default. */
export async function rateFor(tx: Tx, tenantId: string, shipTo: ShipTo, defaultBp: number): Promise<RateChoice> {
  const country = (shipTo?.country ?? "").toUpperCase();
  const region = (shipTo?.region ?? "").trim().toUpperCase();
  const rates = country
    ? await tx.taxRate.findMany({ where: { tenantId, country, region: { in: [...new Set([region, ""])] } }, select: { region: true, rateBp: true, name: true } })
    : [];
  const exact = region ? rates.find((r) => r.region === region) : undefined;
  if (exact) return { rateBp: exact.rateBp, source: "region", country, region, name: exact.name };
  const whole = rates.find((r) => r.region === "");
  if (whole) return { rateBp: whole.rateBp, source: "country", country, region, name: whole.name };
  return { rateBp: defaultBp, source: "default", country, region, name: null };
}

export async function issueInvoiceForShipment(tx: Tx, ctx: VendorCtx, shipmentId: string): Promise<{ invoiceId: string; number: number }> {
  const shipment = await tx.shipment.findUnique({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: shipmentId } },
    select: {
      id: true,
      partnerId: true,
      carrier: true,
      trackingNumber: true,
      order: { select: { id: true, number: true, currency: true, shipTo: true, poNumber: true, partner: { select: { name: true } } } },
      lines: { select: { quantity: true, orderLine: { select: { id: true, position: true, sku: true, name: true, listUnitPriceMinor: true, approvedUnitPriceMinor: true } } } },
    },
  });
  if (!shipment) throw new AppError("NOT_FOUND");
  const { order } = shipment;
  const settings = await settingsOf(tx, ctx.tenantId);
  const rate = await rateFor(tx, ctx.tenantId, order.shipTo as ShipTo, settings.defaultTaxRateBp);
  const partnerTerms = await tx.partnerPaymentTerms.findUnique({ where: { tenantId_partnerId: { tenantId: ctx.tenantId, partnerId: shipment.partnerId } }, select: { termsDays: true } });
  const termsDays = partnerTerms?.termsDays ?? settings.defaultTermsDays;
  const issueDay = todayIn(ctx.tenant.timeZone);
  const dueDay = addDays(issueDay, termsDays);

  const lines = shipment.lines
    .filter((l) => l.quantity > 0)
    .sort((a, b) => a.orderLine.position - b.orderLine.position)
    .map((l, position) => {
      // the approver's locked price; an order is priced and locked before it can ship
      const unitPriceMinor = l.orderLine.approvedUnitPriceMinor ?? l.orderLine.listUnitPriceMinor;
      return { position, orderLineId: l.orderLine.id, sku: l.orderLine.sku, name: l.orderLine.name, quantity: l.quantity, unitPriceMinor, netMinor: unitPriceMinor * BigInt(l.quantity), taxRateBp: rate.rateBp };
    });
  const totals = totalsOf(lines);
  const explanation = {
    rate: rate,
    terms: { days: termsDays, source: partnerTerms ? "partner" : "tenant", issueDate: issueDay, dueDate: dueDay },
    lines: lines.map((l) => ({ sku: l.sku, quantity: l.quantity, unitPriceMinor: l.unitPriceMinor.toString(), netMinor: l.netMinor.toString() })),
    tax: totals.groups.map((g) => ({ rateBp: g.rateBp, baseMinor: g.baseMinor.toString(), exact: `${g.baseMinor * BigInt(g.rateBp)}/10000`, taxMinor: g.taxMinor.toString(), rounding: "halfAwayFromZero" })),
    subtotalMinor: totals.subtotalMinor.toString(),
    taxMinor: totals.taxMinor.toString(),
    totalMinor: totals.totalMinor.toString(),
  };
  const invoiceId = createId("invoice");
  const number = await nextNumber(tx, ctx.tenantId, "INVOICE");
  await tx.invoice.create({
    data: {
      id: invoiceId,
      tenantId: ctx.tenantId,
      partnerId: shipment.partnerId,
      orderId: order.id,
      shipmentId: shipment.id,
      number,
      currency: order.currency,
      issueDate: dayToDate(issueDay),
      dueDate: dayToDate(dueDay),
      termsDays,
      taxRegion: [rate.country, rate.region].filter(Boolean).join("-"),
      subtotalMinor: totals.subtotalMinor,
      taxMinor: totals.taxMinor,
      totalMinor: totals.totalMinor,
      balanceMinor: totals.totalMinor,
      settlement: totals.totalMinor === 0n ? "PAID" : "OPEN",
      billTo: { partner: order.partner.name, shipTo: order.shipTo ?? null, poNumber: order.poNumber, order: orderNumberText(order.number), carrier: shipment.carrier, tracking: shipment.trackingNumber },
      explanation,
    },
    select: { id: true },
  });
  await tx.invoiceLine.createMany({ data: lines.map((l) => ({ id: createId("invoiceLine"), tenantId: ctx.tenantId, partnerId: shipment.partnerId, invoiceId, ...l })) });
  await post(tx, {
    tenantId: ctx.tenantId,
    partnerId: shipment.partnerId,
    partnerName: order.partner.name,
    postingId: invoiceId,
    sourceType: "INVOICE",
    entryDate: dayToDate(issueDay),
    currency: order.currency,
    reference: invoiceNumberText(number),
    lines: [
      { account: settings.receivablesAccount, debitMinor: totals.totalMinor },
      { account: settings.revenueAccount, creditMinor: totals.subtotalMinor },
      { account: settings.taxPayableAccount, creditMinor: totals.taxMinor },
    ],
  });
  await recordAudit(tx, ctx, {
    action: "invoice.issued",
    entityType: "Invoice",
    entityId: invoiceId,
    after: { number, shipmentId: shipment.id, orderId: order.id, totalMinor: totals.totalMinor.toString(), currency: order.currency },
  });
  await publishInvoiceEvent(tx, {
    tenantId: ctx.tenantId,
    type: "invoice.issued",
    userIds: await unsafeInvoiceReadersOf(tx, ctx.tenantId, shipment.partnerId),
    link: invoiceLink(ctx.tenant, "partner", invoiceId),
    params: { invoice: invoiceNumberText(number), order: orderNumberText(order.number), total: amountText(totals.totalMinor, order.currency), due: dueDay, tenant: ctx.tenant.name },
  });
  return { invoiceId, number };
}
