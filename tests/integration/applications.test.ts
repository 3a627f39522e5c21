/**
 * Partner applications (lib/applications): the public form's rules, honeypot, rate limit
 * and the tenant's switch; the queue and its export; approval (partner + first admin's
 * invitation in one transaction) and rejection, the applicant e-mailed either way; double
 * submits, concurrent decisions, duplicates and other tenants' ids.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { VendorCtx } from "@/lib/auth/context";
import { RATE_LIMITS } from "@/lib/auth/rate-limit";
import { applicationFormSchema, brandsOf, normaliseWebsite, taxIdKeyOf, volumeOf, type ApplicationFormInput } from "@/lib/applications/schema";
import {
  approveApplication,
  countPendingApplications,
  exportApplications,
  getApplication,
  getApplyPage,
  listApplications,
  rejectApplication,
  submitApplication,
  updateApplicationRules,
} from "@/lib/applications/service";
import { searchApplications } from "@/lib/applications/search";
import { ownerQuery, ownerRow } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant, freshMeta, uniqueEmail } from "@/tests/fixtures/factories";
import { capturedEmails } from "@/tests/fixtures/mailbox";
import { createLadderProgram } from "@/tests/fixtures/programs";

let admin: VendorCtx;
let manager: VendorCtx;
let rep: VendorCtx;
let other: VendorCtx;

beforeAll(async () => {
  admin = await createTestTenant();
  manager = await addVendorUser(admin, "CHANNEL_MANAGER");
  rep = await addVendorUser(admin, "SALES_REP");
  other = await createTestTenant();
});

let counter = 0;
/** A valid form as a company would fill it in (unique company, tax id and e-mail). */
function form(overrides: Partial<ApplicationFormInput> = {}, ctx: VendorCtx = admin): ApplicationFormInput {
  counter += 1;
  const tag = `${Date.now().toString(36)}${counter}`;
  return {
    tenant: ctx.tenant.slug,
    locale: "en",
    companyName: `Applicant ${tag} S.A.`,
    taxId: `B-${tag}`.toUpperCase(),
    partnerType: "RETAILER",
    country: "ES",
    region: "Madrid",
    website: "applicant.example",
    contactName: "Ana Applicant",
    contactEmail: uniqueEmail("applicant"),
    contactPhone: "612 345 678",
    expectedVolume: "250000.50",
    currency: "EUR",
    brands: "Acme, Globex\nacme",
    nickname: "",
    ...overrides,
  };
}

async function apply(overrides: Partial<ApplicationFormInput> = {}, ctx: VendorCtx = admin) {
  const input = form(overrides, ctx);
  await submitApplication(freshMeta(), applicationFormSchema.parse(input));
  const [row] = await ownerQuery<{ id: string }>(`SELECT id FROM "PartnerApplication" WHERE "contactEmail" = $1`, [input.contactEmail]);
  return { id: row!.id, input };
}

describe("the form's rules", () => {
  it("reads what people type: tax ids, web addresses, amounts, brands", () => {
    expect(taxIdKeyOf(" b-1234.567 8 ")).toBe("B12345678");
    expect(normaliseWebsite("acme.example/partners")).toBe("https://acme.example/partners");
    expect(normaliseWebsite("javascript:alert(1)")).toBeNull();
    expect(normaliseWebsite("ftp://acme.example")).toBeNull();
    expect(normaliseWebsite("localhost")).toBeNull();
    expect(volumeOf("1 250 000,5", "EUR")).toBe(125_000_050n);
    expect(volumeOf("100.001", "EUR")).toBeNull();
    expect(volumeOf("1000.5", "CLP")).toBeNull();
    expect(volumeOf("-5", "USD")).toBeNull();
    expect(volumeOf("1e6", "USD")).toBeNull();
    expect(brandsOf("Acme, Globex\nacme;;Initech")).toEqual(["Acme", "Globex", "Initech"]);
  });

  it("reports every problem at once, on its field", () => {
    const result = applicationFormSchema.safeParse(
      form({ companyName: "", taxId: "--", partnerType: "PIRATE" as never, country: "Spain", contactEmail: "nope", website: "javascript:x", contactPhone: "12", expectedVolume: "lots" }),
    );
    expect(result.success).toBe(false);
    const fields = new Set(result.error!.issues.map((issue) => issue.path.join(".")));
    for (const field of ["companyName", "taxId", "partnerType", "country", "contactEmail", "website", "contactPhone", "expectedVolume"]) {
      expect(fields, field).toContain(field);
    }
  });
});

describe("applying on the public page", () => {
  it("stores the application in the tenant, in minor units, and tells those who decide", async () => {
    const { id, input } = await apply();
    const row = await ownerRow<Record<string, unknown>>("PartnerApplication", "id", id);
    expect(row).toMatchObject({
      tenantId: admin.tenantId,
      status: "PENDING",
      companyName: input.companyName,
      taxIdKey: taxIdKeyOf(input.taxId),
      pendingKey: taxIdKeyOf(input.taxId),
      country: "ES",
      website: "https://applicant.example/",
      contactPhone: "+34612345678",
      expectedVolumeMinor: "25000050",
      currency: "EUR",
      brands: ["Acme", "Globex"],
    });
    const [event] = await ownerQuery<{ payload: { recipients: { userId: string }[] } }>(
      `SELECT payload FROM "OutboxEvent" WHERE type = 'application.received' AND payload->>'link' LIKE '%' || $1`,
      [id],
    );
    expect(event!.payload.recipients.map((r) => r.userId).sort()).toEqual([admin.user.id, manager.user.id].sort());
  });

  it("says what the page needs about the tenant, and nothing for an unknown one", async () => {
    expect(await getApplyPage(admin.tenant.slug)).toEqual({
      name: admin.tenant.name,
      slug: admin.tenant.slug,
      brandColor: null,
      logoPath: null,
      currency: admin.tenant.currency,
      open: true,
    });
    expect(await getApplyPage("no-such-workspace-here")).toBeNull();
    await rejectsWith(submitApplication(freshMeta(), applicationFormSchema.parse(form({ tenant: "no-such-workspace-here" }))), "NOT_FOUND");
  });

  it("a second application with the same tax id while one is pending is APPLICATION_PENDING; double submits store one", async () => {
    const first = form();
    const results = await Promise.allSettled(
      [0, 1, 2].map(() => submitApplication(freshMeta(), applicationFormSchema.parse({ ...first, taxId: first.taxId.toLowerCase() }))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "APPLICATION_PENDING", fields: { taxId: ["errors.APPLICATION_PENDING"] } });
    }
    const rows = await ownerQuery(`SELECT id FROM "PartnerApplication" WHERE "tenantId" = $1 AND "taxIdKey" = $2`, [
      admin.tenantId,
      taxIdKeyOf(first.taxId),
    ]);
    expect(rows).toHaveLength(1);
    // The same tax id in another tenant is another application.
    await submitApplication(freshMeta(), applicationFormSchema.parse({ ...first, tenant: other.tenant.slug }));
  });

  it("a filled honeypot is answered like a person and stores nothing", async () => {
    const input = form({ nickname: "http://spam.example" });
    await expect(submitApplication(freshMeta(), applicationFormSchema.parse(input))).resolves.toEqual({ received: true });
    expect(await ownerQuery(`SELECT 1 FROM "PartnerApplication" WHERE "contactEmail" = $1`, [input.contactEmail])).toEqual([]);
  });

  it("one client is limited per hour (RATE_LIMITED), whatever it sends", async () => {
    const meta = freshMeta();
    for (let i = 0; i < RATE_LIMITS.applicationByIp.limit; i += 1) {
      await submitApplication(meta, applicationFormSchema.parse(form({ nickname: "bot" })));
    }
    const input = form();
    const error = await rejectsWith(submitApplication(meta, applicationFormSchema.parse(input)), "RATE_LIMITED");
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    expect(await ownerQuery(`SELECT 1 FROM "PartnerApplication" WHERE "contactEmail" = $1`, [input.contactEmail])).toEqual([]);
  });

  it("a tenant that switched applications off refuses them (APPLICATIONS_CLOSED); only tenant admins switch", async () => {
    const closed = await createTestTenant();
    await rejectsWith(updateApplicationRules(await addVendorUser(closed, "CHANNEL_MANAGER"), { partnerApplicationsOpen: false }), "FORBIDDEN");
    await updateApplicationRules(closed, { partnerApplicationsOpen: false });
    expect((await getApplyPage(closed.tenant.slug))!.open).toBe(false);
    const input = form({}, closed);
    await rejectsWith(submitApplication(freshMeta(), applicationFormSchema.parse(input)), "APPLICATIONS_CLOSED");
    expect(await ownerQuery(`SELECT 1 FROM "PartnerApplication" WHERE "tenantId" = $1`, [closed.tenantId])).toEqual([]);
    const audit = await ownerQuery(`SELECT after FROM "AuditLog" WHERE "tenantId" = $1 AND action = 'tenant.applicationsUpdated'`, [closed.tenantId]);
    expect(audit).toEqual([{ after: { partnerApplicationsOpen: false } }]);
  });
});

describe("the queue", () => {
  it("lists this tenant's applications by status and text, and exports the same rows", async () => {
    const mine = await apply({ companyName: "Queue Findable Ltd" });
    await apply({ companyName: "Queue Findable Ltd" }, other);
    const page = await listApplications(manager, { q: "queue findable", status: "PENDING" });
    expect(page.rows.map((row) => row.id)).toEqual([mine.id]);
    expect(page.rows[0]).toMatchObject({ expectedVolumeMinor: 25_000_050n, currency: "EUR" });
    const exported = [];
    for await (const row of exportApplications(manager, { q: "queue findable" })) exported.push(row.id);
    expect(exported).toEqual([mine.id]);
    expect((await listApplications(manager, { q: "queue findable", status: "APPROVED" })).total).toBe(0);
  });

  it("the palette finds applications by company (beginnings first), never another tenant's, and not for a sales rep", async () => {
    const word = `Palette${Date.now().toString(36)}`;
    const first = await apply({ companyName: `${word} Alpha` });
    const second = await apply({ companyName: `Beta ${word}` });
    await apply({ companyName: `${word} Foreign` }, other);
    const found = await searchApplications(manager, { text: word.toLowerCase(), limit: 5, locale: "es" });
    expect(found.hits.map((hit) => hit.id)).toEqual([first.id, second.id]);
    expect(found.hits[0]).toMatchObject({ detail: "Minorista", meta: "Pendiente", href: `/${admin.tenant.slug}/admin/applications/${first.id}` });
    expect(found.moreHref).toBe(`/${admin.tenant.slug}/admin/applications?q=${word.toLowerCase()}`);
    await rejectsWith(searchApplications(rep, { text: word, limit: 5, locale: "en" }), "FORBIDDEN");
  });

  it("the dashboard's figure counts this tenant's pending applications only, for applications.read holders", async () => {
    const fresh = await createTestTenant();
    const freshManager = await addVendorUser(fresh, "CHANNEL_MANAGER");
    expect(await countPendingApplications(freshManager)).toBe(0);
    const decided = await apply({}, fresh);
    await apply({}, fresh);
    await apply({}, other);
    await rejectApplication(fresh, { applicationId: decided.id, reason: "Outside our markets." });
    expect(await countPendingApplications(freshManager)).toBe(1);
    await rejectsWith(countPendingApplications(await addVendorUser(fresh, "SALES_REP")), "FORBIDDEN");
  });

  it("is for applications.read holders; another tenant's application is NOT_FOUND", async () => {
    const { id } = await apply({}, other);
    await rejectsWith(listApplications(rep), "FORBIDDEN");
    await rejectsWith(getApplication(rep, id), "FORBIDDEN");
    await rejectsWith(getApplication(admin, id), "NOT_FOUND");
    await rejectsWith(approveApplication(admin, { applicationId: id, reason: "" }), "NOT_FOUND");
    await rejectsWith(rejectApplication(admin, { applicationId: id, reason: "No" }), "NOT_FOUND");
    expect(await ownerRow("PartnerApplication", "id", id)).toMatchObject({ status: "PENDING" });
  });
});

describe("deciding", () => {
  it("the approver may enrol the new partner in a program at once; another tenant's program changes nothing", async () => {
    const program = await createLadderProgram(admin);
    const { id } = await apply();
    const decision = await approveApplication(manager, { applicationId: id, reason: "", programId: program.programId });
    expect(await ownerRow("PartnerProgram", "partnerId", decision.partnerId)).toMatchObject({ programId: program.programId, tierId: program.tiers.Registered });
    expect(await ownerRow("Partner", "id", decision.partnerId)).toMatchObject({ tier: "Registered", status: "ONBOARDING" });

    const theirs = await createLadderProgram(other);
    const second = await apply();
    const error = await rejectsWith(approveApplication(manager, { applicationId: second.id, reason: "", programId: theirs.programId }), "VALIDATION_FAILED");
    expect(error.fields).toEqual({ programId: ["programs.validation.program"] });
    expect(await ownerRow("PartnerApplication", "id", second.id)).toMatchObject({ status: "PENDING" });
    expect(await ownerQuery(`SELECT id FROM "Partner" WHERE name = $1`, [second.input.companyName])).toEqual([]);
  });

  it("approval creates the partner (ONBOARDING), invites its first admin and e-mails the applicant", async () => {
    const { id, input } = await apply({ locale: "es" });
    const decision = await approveApplication(manager, { applicationId: id, reason: "Welcome aboard." });
    expect(decision).toMatchObject({ id, status: "APPROVED" });
    const partner = await ownerRow<Record<string, unknown>>("Partner", "id", decision.partnerId);
    expect(partner).toMatchObject({ tenantId: admin.tenantId, name: input.companyName, type: "RETAILER", country: "ES", status: "ONBOARDING" });
    const seats = await ownerQuery(
      `SELECT pu.role, pu.status, u.email FROM "PartnerUser" pu JOIN "User" u ON u.id = pu."userId" WHERE pu."partnerId" = $1`,
      [decision.partnerId],
    );
    expect(seats).toEqual([{ role: "PARTNER_ADMIN", status: "INVITED", email: input.contactEmail }]);
    const row = await ownerRow<Record<string, unknown>>("PartnerApplication", "id", id);
    expect(row).toMatchObject({ status: "APPROVED", pendingKey: null, partnerId: decision.partnerId, decidedById: manager.user.id, decisionReason: "Welcome aboard." });

    const mails = await capturedEmails({ to: input.contactEmail });
    const subjects = mails.map((mail) => mail.subject);
    expect(subjects).toEqual(expect.arrayContaining([`Bienvenido al canal de socios de ${admin.tenant.name}, ${input.companyName}`]));
    // …and the seat lifecycle's own invitation, with its link to choose a password.
    expect(mails.some((mail) => mail.text.includes("/invite/"))).toBe(true);

    const detail = await getApplication(manager, id);
    expect(detail).toMatchObject({ status: "APPROVED", partnerId: decision.partnerId, decidedBy: manager.user.name, existingPartner: null });
  });

  it("rejection needs a reason, which the applicant is told; the same tax id may then apply again", async () => {
    const { id, input } = await apply();
    await rejectsWith(rejectApplication(manager, { applicationId: id, reason: "  " }), "REASON_REQUIRED");
    await rejectApplication(manager, { applicationId: id, reason: "We have enough retailers in Madrid." });
    const [mail] = await capturedEmails({ to: input.contactEmail, take: 1 });
    expect(mail!.subject).toBe(`Your application to ${admin.tenant.name}`);
    expect(mail!.text).toContain("Reason: We have enough retailers in Madrid.");
    const again = await apply({ taxId: input.taxId, companyName: input.companyName });
    const detail = await getApplication(manager, again.id);
    expect(detail.earlier).toEqual([expect.objectContaining({ id, status: "REJECTED" })]);
  });

  it("of concurrent decisions exactly one wins (APPLICATION_DECIDED); a decided one stays decided", async () => {
    const { id } = await apply();
    const results = await Promise.allSettled([
      approveApplication(admin, { applicationId: id, reason: "" }),
      rejectApplication(manager, { applicationId: id, reason: "No" }),
      approveApplication(manager, { applicationId: id, reason: "" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "APPLICATION_DECIDED" });
    }
    const partners = await ownerQuery(`SELECT 1 FROM "PartnerApplication" a JOIN "Partner" p ON p.id = a."partnerId" WHERE a.id = $1`, [id]);
    expect(partners.length).toBeLessThanOrEqual(1);
    await rejectsWith(rejectApplication(admin, { applicationId: id, reason: "Late" }), "APPLICATION_DECIDED");
  });

  it("a company already a partner (same name) is flagged, and approving it changes nothing", async () => {
    const { id, input } = await apply();
    const existing = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: input.companyName });
    const detail = await getApplication(manager, id);
    expect(detail.existingPartner).toEqual({ id: existing.partnerId, name: input.companyName });
    await rejectsWith(approveApplication(manager, { applicationId: id, reason: "" }), "PARTNER_NAME_TAKEN");
    expect(await ownerRow("PartnerApplication", "id", id)).toMatchObject({ status: "PENDING", partnerId: null });
  });

  it("an applicant who already holds a seat here: ALREADY_MEMBER, no partner left behind", async () => {
    const seated = await createPartnerWithUser(admin, "PARTNER_USER");
    const { id, input } = await apply({ contactEmail: seated.user.email });
    await rejectsWith(approveApplication(manager, { applicationId: id, reason: "" }), "ALREADY_MEMBER");
    expect(await ownerQuery(`SELECT 1 FROM "Partner" WHERE "tenantId" = $1 AND name = $2`, [admin.tenantId, input.companyName])).toEqual([]);
    expect(await ownerRow("PartnerApplication", "id", id)).toMatchObject({ status: "PENDING" });
  });

  it("roles without applications.decide are refused", async () => {
    const { id } = await apply();
    await rejectsWith(approveApplication(rep, { applicationId: id, reason: "" }), "FORBIDDEN");
    await rejectsWith(rejectApplication(rep, { applicationId: id, reason: "x" }), "FORBIDDEN");
    expect(await ownerRow("PartnerApplication", "id", id)).toMatchObject({ status: "PENDING" });
  });
});
