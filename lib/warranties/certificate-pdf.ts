import "server-only";
import PDFDocument from "pdfkit";
import { createTranslator } from "next-intl";
import type { BrandColors } from "@/lib/branding/colors";
import { messagesFor } from "@/lib/i18n/messages";
import { explainCoverage, formatDay, type CoverageTranslate } from "./explain";
import type { UnitCoverage } from "./types";

/**
 * The printable warranty certificate (A4, Helvetica: its WinAnsi encoding covers English and
 * Spanish): a band in the brand's colour with its logo and name (text colour chosen for AA
 * contrast by lib/branding), the unit and its end customer, the coverage in words, what is
 * covered, and the policy's terms. Rendered in memory, after the read transaction.
 */

export type CertificateFacts = {
  locale: "en" | "es";
  /** whose certificate it is: the vendor's, or the VAR/OEM's for a passed-through policy (then `vendorName` names the maker) */
  brand: { name: string; colors: BrandColors; vendorName: string | null };
  logo: Buffer | null;
  unit: UnitCoverage;
  terms: string | null;
};

const BAND = 96;

export function renderCertificatePdf(facts: CertificateFacts): Promise<Buffer> {
  const { locale, brand, unit } = facts;
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "warranties.certificate" });
  const coverageT = createTranslator({ locale, messages: messagesFor(locale), namespace: "warranties.coverage" });
  const doc = new PDFDocument({ size: "A4", margin: 50, info: { Title: `${t("title")} ${unit.serial}`, Author: brand.name } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  doc.rect(0, 0, doc.page.width, BAND).fill(brand.colors.background);
  let textX = 50;
  if (facts.logo) {
    try {
      doc.image(facts.logo, 50, 18, { fit: [120, 60], valign: "center" });
      textX = 185;
    } catch {
      // an image pdfkit cannot read: the brand's name alone
    }
  }
  doc.fillColor(brand.colors.text).font("Helvetica-Bold").fontSize(20).text(brand.name, textX, 26, { width: 545 - textX });
  doc.font("Helvetica").fontSize(11).text(t("title"), textX, doc.y + 2, { width: 545 - textX });
  doc.fillColor("#0f172a").x = 50;
  doc.y = BAND + 30;

  const product = locale === "es" ? unit.product.nameEs || unit.product.nameEn : unit.product.nameEn;
  const registration = unit.registration!;
  const field = (label: string, value: string | null | undefined) => {
    if (!value) return;
    doc.font("Helvetica-Bold").fontSize(10).text(label, 50, doc.y, { continued: true }).font("Helvetica").text(`  ${value}`);
    doc.moveDown(0.3);
  };
  doc.font("Helvetica-Bold").fontSize(16).text(t("heading", { customer: registration.endCustomerName }), 50, doc.y, { width: 495 });
  doc.moveDown(0.8);
  field(t("product"), `${product} (${unit.product.sku})`);
  field(t("serial"), unit.serial);
  field(t("customer"), registration.endCustomerName);
  field(t("site"), registration.installationSite);
  field(t("sold"), registration.saleOn ? formatDay(registration.saleOn, locale) : null);
  field(t("registered"), registration.registeredOn ? formatDay(registration.registeredOn, locale) : null);
  field(t("seller"), unit.partner.name);
  doc.moveDown(0.6);

  doc.font("Helvetica-Bold").fontSize(12).text(t("coverage"), 50, doc.y);
  doc.moveDown(0.3).font("Helvetica").fontSize(10).text(explainCoverage(coverageT as CoverageTranslate, locale, unit.coverage), { width: 495 });
  const policy = unit.coverage.policy;
  if (policy) {
    const covered = [policy.coversParts && t("parts"), policy.coversLabour && t("labour"), policy.coversOnSite && t("onSite")].filter(Boolean).join(" · ");
    doc.moveDown(0.3).text(t("covers", { what: covered || t("nothing") }), { width: 495 });
  }
  if (facts.terms) {
    doc.moveDown(0.8).font("Helvetica-Bold").fontSize(12).text(t("terms"), 50, doc.y);
    doc.moveDown(0.3).font("Helvetica").fontSize(9).text(facts.terms, { width: 495 });
  }
  doc.moveDown(1.5).font("Helvetica").fontSize(8).fillColor("#334155");
  doc.text(brand.vendorName ? t("footerPartner", { brand: brand.name, vendor: brand.vendorName }) : t("footer", { brand: brand.name }), 50, doc.y, { width: 495 });
  doc.text(t("issued", { day: formatDay(unit.today, locale) }), { width: 495 });
  doc.end();
  return done;
}
