/**
 * Warranty certificates on PostgreSQL and a real SMTP server: the PDF of a registered unit in
 * the end customer's language, under the vendor's brand — or under the VAR's (its name, the
 * logo set on its passed-through policy, its terms) — for the vendor and the owning partner
 * only; the e-mail with the PDF attached, enqueued by the registration; policy edits (brand
 * any time, coverage terms only while no unit holds the policy); photos uploaded by a partner
 * user who may not upload other files.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { uploadPartnerFile, uploadClaimPhoto, uploadVendorFile } from "@/lib/files/service";
import { createSmtpTransport } from "@/lib/notify/transports/smtp";
import { ownCertificatePdf, unitCertificatePdf } from "@/lib/warranties/certificate";
import { sendCertificate } from "@/lib/warranties/certificate-mail";
import { getPolicy, updatePolicy } from "@/lib/warranties/policies";
import { registerSaleSchema, updatePolicySchema } from "@/lib/warranties/schema";
import { registerSale } from "@/lib/warranties/units";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { bodyOf, png } from "@/tests/fixtures/files";
import { TestSmtpServer } from "@/tests/fixtures/smtp-server";
import { seedPolicy, seedWarrantyProduct, shipSerials, uniqueSerial } from "@/tests/fixtures/warranties";

let admin: VendorCtx;
let other: VendorCtx;
let varPartner: PartnerCtx;
let varUser: PartnerCtx;
let distributor: PartnerCtx;
let router: { id: string; sku: string };
let smtp: TestSmtpServer;
let customPolicy: { id: string; version: number };

const today = () => new Date().toISOString().slice(0, 10);
const latin = (bytes: Buffer) => bytes.toString("latin1");
/** How pdfkit writes a non-ASCII info string: UTF-16BE behind a byte-order mark. */
const utf16 = (text: string) => latin(Buffer.from(`\ufeff${text}`, "utf16le").swap16());

async function registered(partner: PartnerCtx, locale: "en" | "es", email: string | null = null) {
  const serial = uniqueSerial();
  const [unitId] = await shipSerials(admin, partner, router.id, [serial]);
  await registerSale(partner, registerSaleSchema.parse({ unitId, endCustomerName: "Clínica Sur", endCustomerEmail: email ?? "", endCustomerLocale: locale, saleOn: today(), installationSite: "Sevilla" }));
  return { unitId: unitId!, serial };
}

beforeAll(async () => {
  [admin, other, smtp] = await Promise.all([createTestTenant(), createTestTenant(), TestSmtpServer.start()]);
  [varPartner, distributor] = await Promise.all([
    createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerType: "VAR", partnerName: `Bluepeak ${uniqueSerial()}` }),
    createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: `Distri ${uniqueSerial()}` }),
  ]);
  varUser = await createPartnerWithUser(admin, "PARTNER_USER", { partnerId: varPartner.partnerId });
  router = await seedWarrantyProduct(admin, 40);
  await seedPolicy(admin, { name: "Acme standard", productId: router.id, months: "24", termsEn: "Standard terms.", termsEs: "Condiciones estándar." });
  const bytes = png(32, 16, "#0f766e");
  const logo = await uploadVendorFile(admin, { purpose: "warranty.brandLogo", name: "bluepeak.png", partnerId: varPartner.partnerId, declaredSize: bytes.length, body: bodyOf(bytes) });
  const created = await seedPolicy(admin, {
    name: "Gold VAR",
    productId: router.id,
    partnerId: varPartner.partnerId,
    months: "36",
    startRule: "REGISTRATION",
    passThrough: "on",
    termsEn: "Bluepeak gold terms.",
    termsEs: "Condiciones oro de Bluepeak.",
    brandColor: "#0F766E",
    logoFileId: logo.id,
  });
  customPolicy = { id: created.id, version: created.version };
});

afterAll(async () => {
  await smtp?.stop();
});

describe("the certificate PDF", () => {
  it("under the VAR's brand for a passed-through policy, in the end customer's language; the vendor's brand otherwise", async () => {
    const { unitId, serial } = await registered(varPartner, "es");
    const pdf = await ownCertificatePdf(varPartner, unitId);
    expect(latin(pdf.bytes.subarray(0, 5))).toBe("%PDF-");
    expect(pdf).toMatchObject({ locale: "es", brandName: varPartner.partner.name, fileName: `warranty-certificate_${serial}.pdf` });
    expect(latin(pdf.bytes)).toContain(utf16(`Certificado de garantía ${serial}`));
    expect(latin(pdf.bytes)).toContain(`(${varPartner.partner.name})`);
    expect(latin(pdf.bytes)).toContain("/Subtype /Image");

    const plain = await registered(distributor, "en");
    const vendor = await ownCertificatePdf(distributor, plain.unitId);
    expect(vendor).toMatchObject({ locale: "en", brandName: admin.tenant.name });
    expect(latin(vendor.bytes)).toContain(`(Warranty certificate ${plain.serial})`);
    expect(latin(vendor.bytes)).not.toContain("/Subtype /Image");
    expect((await unitCertificatePdf(admin, unitId)).brandName).toBe(varPartner.partner.name);
  });

  it("another partner's or tenant's unit is NOT_FOUND; an unregistered unit has no certificate yet", async () => {
    const { unitId } = await registered(varPartner, "en");
    await rejectsWith(ownCertificatePdf(distributor, unitId), "NOT_FOUND");
    await rejectsWith(unitCertificatePdf(other, unitId), "NOT_FOUND");
    const [bare] = await shipSerials(admin, distributor, router.id, [uniqueSerial()]);
    await rejectsWith(ownCertificatePdf(distributor, bare!), "WARRANTY_CERTIFICATE_UNAVAILABLE");
  });
});

describe("the certificate e-mail", () => {
  it("registration enqueues it; the job sends the PDF attached to the end customer over SMTP, audited", async () => {
    const email = `buyer-${Date.now()}@example.test`;
    const { unitId, serial } = await registered(varPartner, "es", email);
    const jobs = await ownerQuery<{ data: { unitId: string } }>(`SELECT data FROM pgboss.job WHERE name = 'warranties.sendCertificate' AND data->>'unitId' = $1`, [unitId]);
    expect(jobs).toHaveLength(1);
    const transport = createSmtpTransport({ smtpUrl: smtp.url, mailFrom: "Canal <no-reply@canal.test>" });
    try {
      expect(await sendCertificate({ tenantId: admin.tenantId, unitId }, transport)).toEqual({ sent: true });
    } finally {
      await transport.close();
    }
    const mail = smtp.messages.find((m) => m.envelopeTo.includes(email))!;
    expect(mail.subject).toBe(`Tu certificado de garantía de ${varPartner.partner.name}`);
    expect(mail.raw).toContain("application/pdf");
    expect(mail.raw).toContain(`warranty-certificate_${serial}.pdf`);
    const audits = await ownerQuery(`SELECT id FROM "AuditLog" WHERE "entityId" = $1 AND action = 'warrantyUnit.certificateSent'`, [unitId]);
    expect(audits).toHaveLength(1);
    // no address, no job
    const silent = await registered(varPartner, "en");
    expect(await ownerQuery(`SELECT id FROM pgboss.job WHERE name = 'warranties.sendCertificate' AND data->>'unitId' = $1`, [silent.unitId])).toEqual([]);
  });
});

describe("policy edits", () => {
  it("name, terms and brand change any time; coverage terms are frozen once a unit holds the policy; stale and foreign edits refused", async () => {
    const detail = await getPolicy(admin, customPolicy.id);
    expect(detail).toMatchObject({ brandColor: "#0f766e", passThrough: true, logo: { purpose: "warranty.brandLogo" } });
    expect(detail.units).toBeGreaterThan(0);
    const base = { name: detail.name, partnerId: varPartner.partnerId, productId: router.id, months: "36", startRule: "REGISTRATION", passThrough: "on", coversParts: "on", coversLabour: "on", termsEn: "New terms.", termsEs: "Nuevas condiciones.", brandColor: "#1d4ed8", logoFileId: detail.logo!.id };
    const edited = await updatePolicy(admin, updatePolicySchema.parse({ ...base, policyId: detail.id, version: detail.version }));
    expect(edited.version).toBe(detail.version + 1);
    expect(await getPolicy(admin, detail.id)).toMatchObject({ termsEn: "New terms.", brandColor: "#1d4ed8" });
    expect((await rejectsWith(updatePolicy(admin, updatePolicySchema.parse({ ...base, months: "48", policyId: detail.id, version: edited.version })), "VALIDATION_FAILED")).fields).toEqual({
      months: ["warranties.validation.policyInUse"],
    });
    await rejectsWith(updatePolicy(admin, updatePolicySchema.parse({ ...base, policyId: detail.id, version: detail.version })), "STALE_EDIT");
    await rejectsWith(updatePolicy(other, updatePolicySchema.parse({ ...base, policyId: detail.id, version: edited.version })), "NOT_FOUND");
    // a logo that is not this partner's brand logo is refused on its field
    const stray = await uploadPartnerFile(distributor, { purpose: "partner.document", name: "x.png", declaredSize: png().length, body: bodyOf(png()) });
    expect((await rejectsWith(updatePolicy(admin, updatePolicySchema.parse({ ...base, logoFileId: stray.id, policyId: detail.id, version: edited.version })), "VALIDATION_FAILED")).fields).toEqual({
      logoFileId: ["files.validation.unknownFile"],
    });
  });
});

describe("claim photos", () => {
  it("a partner user (no partnerFiles.upload) uploads a claim photo through the warranties route's service; other purposes stay refused", async () => {
    const bytes = png();
    const photo = await uploadClaimPhoto(varUser, { name: "label.png", declaredSize: bytes.length, body: bodyOf(bytes) });
    expect(photo).toMatchObject({ purpose: "warranty.photo", partnerId: varPartner.partnerId });
    await rejectsWith(uploadPartnerFile(varUser, { purpose: "warranty.photo", name: "label.png", declaredSize: bytes.length, body: bodyOf(bytes) }), "FORBIDDEN");
  });
});
