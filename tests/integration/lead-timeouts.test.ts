/**
 * Lead SLA timeouts, concurrency, metrics and the CSV import on real PostgreSQL. The
 * timeout job's handler runs with a chosen clock (`now`): hours ahead, so offers of other
 * test files (48-hour SLAs in their own tenants) may be swept too, which is harmless —
 * every assertion reads this file's tenants only.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { importLeads } from "@/lib/leads/import";
import { leadOfferTimeoutJob } from "@/lib/leads/jobs";
import { leadAcceptanceRate, medianSecondsToAccept, partnerLeadMetrics } from "@/lib/leads/metrics";
import { acceptLead, declineLead } from "@/lib/leads/service";
import { runOfferTimeouts } from "@/lib/leads/timeout";
import { JOBS } from "@/lib/jobs/registry";
import type { EventType } from "@/lib/notify/events";
import { renderEmail, renderSms } from "@/lib/notify/templates";
import { withScope } from "@/lib/db/scope";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { createTestTenant } from "@/tests/fixtures/factories";
import { activePartner, addLeadRule, enterLead } from "@/tests/fixtures/leads";

const HOUR = 60 * 60 * 1000;
const later = (hours: number) => new Date(Date.now() + hours * HOUR);
const leadRow = async (id: string) =>
  (await ownerQuery<{ status: string; partnerId: string | null }>(`SELECT status, "partnerId" FROM "Lead" WHERE id = $1`, [id]))[0]!;

describe("SLA timeouts (the worker, with a controllable clock)", () => {
  let admin: VendorCtx;
  let partners: PartnerCtx[];

  beforeAll(async () => {
    admin = await createTestTenant();
    partners = [await activePartner(admin, "Uno"), await activePartner(admin, "Dos")];
    await addLeadRule(admin, { name: "All partners", slaHours: "4" });
  });

  it("is a registered periodic job", () => {
    expect(JOBS).toContain(leadOfferTimeoutJob);
    expect(leadOfferTimeoutJob.schedule?.cron).toBe("*/5 * * * *");
  });

  it("expires an unanswered offer at its deadline, offers the lead to the next partner, and then leaves it EXPIRED", async () => {
    const { id, offer } = await enterLead(admin, { company: "Lenta SA" });
    const first = offer!.partnerId;
    await runOfferTimeouts(later(3));
    expect(await leadRow(id)).toMatchObject({ status: "OFFERED", partnerId: first });

    await runOfferTimeouts(later(5));
    const second = (await leadRow(id)).partnerId;
    expect(second).not.toBe(first);
    expect(second).not.toBeNull();
    const timedOut = await ownerQuery<{ payload: { params: Record<string, string> } }>(
      `SELECT payload FROM "OutboxEvent" WHERE "tenantId" = $1 AND type = 'lead.timedOut'`,
      [admin.tenantId],
    );
    expect(timedOut.filter((e) => e.payload.params.company === "Lenta SA")).toHaveLength(1);
    // A rerun at the same time changes nothing; the first partner is never offered it again.
    await runOfferTimeouts(later(5));
    expect((await leadRow(id)).partnerId).toBe(second);

    await runOfferTimeouts(later(10));
    expect(await leadRow(id)).toEqual({ status: "EXPIRED", partnerId: null });
    const offers = await ownerQuery<{ status: string }>(`SELECT status FROM "LeadOffer" WHERE "leadId" = $1 ORDER BY "offeredAt"`, [id]);
    expect(offers.map((o) => o.status)).toEqual(["EXPIRED", "EXPIRED"]);
    const audit = await ownerQuery(`SELECT action FROM "AuditLog" WHERE "entityId" = $1 AND action = 'lead.expire'`, [id]);
    expect(audit).toHaveLength(2);
  });

  it("every lead event published here renders as e-mail and text message in English and Spanish", async () => {
    const { id, offer } = await enterLead(admin, { company: "Rendered SA" });
    const holder = partners.find((p) => p.partnerId === offer!.partnerId)!;
    await declineLead(holder, { leadId: id, reason: "Rendering check" });
    await acceptLead(partners.find((p) => p !== holder)!, { leadId: id });
    const events = await ownerQuery<{ type: EventType; payload: { params: Record<string, string>; link: string } }>(
      `SELECT type, payload FROM "OutboxEvent" WHERE "tenantId" = $1 AND type LIKE 'lead.%'`,
      [admin.tenantId],
    );
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(["lead.offered", "lead.timedOut", "lead.declined", "lead.accepted"]));
    for (const event of events) {
      for (const locale of ["en", "es"]) {
        const input = { type: event.type, locale, params: event.payload.params, link: event.payload.link };
        expect(renderEmail(input).subject).not.toMatch(/\{|undefined/);
        expect(renderEmail(input).body).not.toMatch(/\{|undefined/);
        expect(renderSms(input)).not.toMatch(/\{|undefined/);
      }
    }
  });

  it("a partner who declined is not offered the lead again after the next one times out", async () => {
    const { id, offer } = await enterLead(admin, { company: "Rechazo y Tiempo" });
    const decliner = partners.find((p) => p.partnerId === offer!.partnerId)!;
    await declineLead(decliner, { leadId: id, reason: "Too far" });
    const next = (await leadRow(id)).partnerId!;
    expect(next).not.toBe(decliner.partnerId);
    await runOfferTimeouts(later(5));
    expect(await leadRow(id)).toEqual({ status: "EXPIRED", partnerId: null });
    const holder = partners.find((p) => p.partnerId === next)!;
    await rejectsWith(acceptLead(holder, { leadId: id }), "NOT_FOUND");
  });
});

describe("round robin under concurrency", () => {
  it("six leads entered at once go two to each of three partners", async () => {
    const admin = await createTestTenant();
    const partners = [await activePartner(admin, "A"), await activePartner(admin, "B"), await activePartner(admin, "C")];
    await addLeadRule(admin, { name: "Round robin" });
    const leads = await Promise.all(Array.from({ length: 6 }, (_, i) => enterLead(admin, { company: `Paralelo ${i}` })));
    const counts = new Map<string, number>();
    for (const lead of leads) counts.set(lead.offer!.partnerId, (counts.get(lead.offer!.partnerId) ?? 0) + 1);
    expect([...counts.entries()].sort()).toEqual(partners.map((p) => [p.partnerId, 2] as [string, number]).sort());
  });

  it("capacity counts open accepted leads: a full partner is skipped", async () => {
    const admin = await createTestTenant();
    const [a, b] = [await activePartner(admin, "Capaz"), await activePartner(admin, "Lleno")];
    await addLeadRule(admin, { name: "One each", capacity: "1" });
    const first = await enterLead(admin, { company: "Capacidad 1" });
    const second = await enterLead(admin, { company: "Capacidad 2" });
    for (const lead of [first, second]) await acceptLead([a, b].find((p) => p.partnerId === lead.offer!.partnerId)!, { leadId: lead.id });
    const third = await enterLead(admin, { company: "Capacidad 3" });
    expect(third.offer).toBeNull();
    expect((await leadRow(third.id)).status).toBe("NEW");
  });
});

describe("acceptance rate and speed to accept", () => {
  it("count accepted among answered offers, and take the median time to accept", async () => {
    const admin = await createTestTenant();
    const p = await activePartner(admin, "Medido");
    const partnerId = p.partnerId;
    await addLeadRule(admin, { name: "Only one" });
    const leads = [];
    for (let i = 0; i < 4; i++) leads.push(await enterLead(admin, { company: `Métrica ${i}` }));
    await acceptLead(p, { leadId: leads[0]!.id });
    await acceptLead(p, { leadId: leads[1]!.id });
    await declineLead(p, { leadId: leads[2]!.id, reason: "No" });
    // Accepted 10 minutes and 30 minutes after their offers (set, not waited for).
    await ownerQuery(`UPDATE "LeadOffer" SET "offeredAt" = "respondedAt" - interval '10 minutes' WHERE "leadId" = $1`, [leads[0]!.id]);
    await ownerQuery(`UPDATE "LeadOffer" SET "offeredAt" = "respondedAt" - interval '30 minutes' WHERE "leadId" = $1`, [leads[1]!.id]);
    const read = <T>(fn: (tx: Parameters<Parameters<typeof withScope>[1]>[0]) => Promise<T>) => withScope({ audience: "system", tenantId: admin.tenantId }, fn);
    expect(await read((tx) => leadAcceptanceRate(tx, admin.tenantId, partnerId))).toEqual({ accepted: 2, declined: 1, expired: 0, answered: 3, percent: 67 });
    expect(await read((tx) => medianSecondsToAccept(tx, admin.tenantId, partnerId))).toBe(20 * 60);
    expect(await read((tx) => leadAcceptanceRate(tx, admin.tenantId, partnerId, later(1)))).toMatchObject({ answered: 0, percent: null });
    expect(await read((tx) => medianSecondsToAccept(tx, admin.tenantId, partnerId, later(1)))).toBeNull();
    expect(await partnerLeadMetrics(admin)).toEqual([
      { partner: { id: partnerId, name: "Medido" }, acceptance: expect.objectContaining({ percent: 67 }), medianSecondsToAccept: 1200 },
    ]);
  });
});

describe("CSV import", () => {
  let admin: VendorCtx;
  beforeAll(async () => {
    admin = await createTestTenant();
    await activePartner(admin, "Importador");
    await addLeadRule(admin, { name: "Imports" });
  });
  const count = async () => Number((await ownerQuery<{ n: string }>(`SELECT count(*) AS n FROM "Lead" WHERE "tenantId" = $1`, [admin.tenantId]))[0]!.n);

  it("imports and distributes every row of a good file (Spanish headers and labels, semicolons)", async () => {
    const csv = "empresa;contacto;origen;país;valor;moneda;productos\nAlfa SL;Ana;Evento;ES;1000.50;EUR;Analítica; \nBeta SA;Bea;Website;MX;;;\n";
    const report = await importLeads(admin, { file: csv, locale: "es" });
    expect(report).toMatchObject({ total: 2, imported: 2, offered: 2, problems: [] });
    const rows = await ownerQuery<{ company: string; source: string; valueMinor: string | null; currency: string }>(
      `SELECT company, source, "valueMinor"::text, currency FROM "Lead" WHERE "tenantId" = $1 ORDER BY company`,
      [admin.tenantId],
    );
    expect(rows).toEqual([
      { company: "Alfa SL", source: "EVENT", valueMinor: "100050", currency: "EUR" },
      { company: "Beta SA", source: "WEBSITE", valueMinor: null, currency: admin.tenant.currency },
    ]);
  });

  it("one bad row: nothing is imported and the report names its line and column", async () => {
    const before = await count();
    const csv = "company,contact,source,email\nGood Co,Gil,Event,gil@good.example\nBad Co,Bo,Telepathy,not-an-email\n";
    const report = await importLeads(admin, { file: csv, locale: "en" });
    expect(report.imported).toBe(0);
    expect(report.problems.map((p) => [p.line, p.column])).toEqual(expect.arrayContaining([[3, "source"], [3, "email"]]));
    expect(await count()).toBe(before);
  });

  it("a hostile file: formula cells are kept as text, a missing column or a binary file is refused", async () => {
    const report = await importLeads(admin, { file: "company,contact,source\n\"=HYPERLINK(\"\"http://x\"\")\",'@SUM(1),Event\n", locale: "en" });
    expect(report.imported).toBe(1);
    const [row] = await ownerQuery<{ company: string }>(`SELECT company FROM "Lead" WHERE "tenantId" = $1 AND company LIKE '%HYPERLINK%'`, [admin.tenantId]);
    expect(row!.company).toBe('=HYPERLINK("http://x")');
    await rejectsWith(importLeads(admin, { file: "company,source\nX,Event\n", locale: "en" }), "CSV_MISSING_COLUMNS");
    await rejectsWith(importLeads(admin, { file: new Uint8Array([0, 1, 2, 3, 0, 0, 255]), locale: "en" }), "CSV_MISSING_COLUMNS");
  });
});
