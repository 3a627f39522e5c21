import "server-only";
import PDFDocument from "pdfkit";
import { createTranslator } from "next-intl";
import { dateToDay } from "@/lib/activities/dates";
import { messagesFor } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/i18n/format";
import { orderNumberText } from "@/lib/orders/schema";
import { invoiceNumberText } from "./schema";
import type { InvoiceDetail } from "./types";

/**
 * The printable invoice (A4, PDF's standard Helvetica: its WinAnsi encoding covers English
 * and Spanish, € included) in one language: numbers, amounts and dates formatted for that
 * locale. Rendered in memory (an invoice is a page or two), after the read transaction.
 */

type Locale = "en" | "es";
type ShipTo = { name?: string; line1?: string; line2?: string | null; city?: string; region?: string | null; postalCode?: string | null; country?: string };
type BillTo = { partner?: string; shipTo?: ShipTo | null; poNumber?: string | null; carrier?: string; tracking?: string | null };

const dayText = (date: Date, locale: Locale) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
const rateText = (bp: number, locale: Locale) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(bp / 10_000);

export function renderInvoicePdf(invoice: InvoiceDetail, seller: { name: string }, locale: Locale): Promise<Buffer> {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "invoicing.pdf" });
  const money = (minor: bigint) => formatMoney(minor, invoice.currency, locale);
  const billTo = (invoice.billTo ?? {}) as BillTo;
  const doc = new PDFDocument({ size: "A4", margin: 50, info: { Title: `${t("title")} ${invoiceNumberText(invoice.number)}`, Author: seller.name, CreationDate: invoice.issueDate } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  doc.font("Helvetica-Bold").fontSize(20).text(t("number", { number: invoiceNumberText(invoice.number) }));
  doc.moveDown(0.5).font("Helvetica").fontSize(10);
  doc.text(`${t("from")}: ${seller.name}`);
  doc.text(`${t("issued")}: ${dayText(invoice.issueDate, locale)}`);
  doc.text(`${t("due")}: ${dayText(invoice.dueDate, locale)} · ${t("terms", { days: invoice.termsDays })}`);
  doc.text(`${t("order")}: ${orderNumberText(invoice.order.number)}${billTo.poNumber ? ` · ${t("po")}: ${billTo.poNumber}` : ""}`);
  if (billTo.carrier) doc.text(t("shipment", { carrier: billTo.carrier, tracking: billTo.tracking ?? "" }));
  doc.moveDown();
  doc.font("Helvetica-Bold").text(t("billTo"));
  doc.font("Helvetica").text(billTo.partner ?? invoice.partner.name);
  const ship = billTo.shipTo;
  if (ship) {
    doc.moveDown(0.5).font("Helvetica-Bold").text(t("shipTo"));
    doc.font("Helvetica").text([ship.name, ship.line1, ship.line2, [ship.postalCode, ship.city, ship.region].filter(Boolean).join(" "), ship.country].filter(Boolean).join("\n"));
  }
  doc.moveDown();

  const columns = [
    { key: "sku" as const, x: 50, width: 90, align: "left" as const },
    { key: "item" as const, x: 145, width: 170, align: "left" as const },
    { key: "quantity" as const, x: 320, width: 45, align: "right" as const },
    { key: "unitPrice" as const, x: 370, width: 85, align: "right" as const },
    { key: "net" as const, x: 460, width: 85, align: "right" as const },
  ];
  const row = (cells: string[], bold = false) => {
    const y = doc.y;
    doc.font(bold ? "Helvetica-Bold" : "Helvetica");
    const heights = cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i]!.width }));
    cells.forEach((cell, i) => doc.text(cell, columns[i]!.x, y, { width: columns[i]!.width, align: columns[i]!.align }));
    doc.x = 50;
    doc.y = y + Math.max(...heights) + 4;
  };
  row(columns.map((c) => t(c.key)), true);
  for (const line of invoice.lines) {
    if (doc.y > 740) doc.addPage();
    row([line.sku, line.name, new Intl.NumberFormat(locale).format(line.quantity), money(line.unitPriceMinor), money(line.netMinor)]);
  }
  doc.moveDown();
  const total = (label: string, amount: string, bold = false) => {
    const y = doc.y;
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").text(label, 300, y, { width: 155, align: "right" });
    doc.text(amount, 460, y, { width: 85, align: "right" });
    doc.x = 50;
  };
  total(t("subtotal"), money(invoice.subtotalMinor));
  const rates = [...new Set(invoice.lines.map((l) => l.taxRateBp))];
  total(t("tax", { rate: rates.map((r) => rateText(r, locale)).join(" + ") || rateText(0, locale), region: invoice.taxRegion }), money(invoice.taxMinor));
  total(t("total"), money(invoice.totalMinor), true);
  if (invoice.paidMinor > 0n) total(t("paid"), money(-invoice.paidMinor));
  if (invoice.creditedMinor > 0n) total(t("credited"), money(-invoice.creditedMinor));
  total(t("balance"), money(invoice.balanceMinor), true);
  doc.moveDown(2).font("Helvetica").fontSize(8).text(t("footer"), 50, doc.y, { width: 495 });
  doc.end();
  return done;
}

/** The file name of an invoice's PDF: INV-000042_2026-12-02.pdf */
export const invoicePdfName = (invoice: Pick<InvoiceDetail, "number" | "issueDate">) => `${invoiceNumberText(invoice.number)}_${dateToDay(invoice.issueDate)}.pdf`;
