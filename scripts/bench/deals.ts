/**
 * `npm run bench -- deals` (optionally `--registrations 100000 --opportunities 50000 --partners 2000 --samples 100`):
 * on a throwaway embedded PostgreSQL with a generated deals book (scripts/bench/deal-data.ts),
 * prints
 *   (a) the duplicate check of a registration against 100,000 existing ones — the detection
 *       the pre-check and every submission run (other partners' registrations, open deals,
 *       accounts, territory), in a partner's scope as the service runs it: an exact name, a
 *       name with a typo, a domain, a tax id and an unknown customer in turn (p50/p95;
 *       goal p95 < 100 ms); and a whole submission (detection, rows, evidence, alert);
 *   (b) the pipeline board of a tenant with 50,000 open deals, as the service answers it,
 *       unfiltered and filtered by partner, territory and rep, and the table's first page
 *       (server time, p50/p95; goal p95 < 200 ms).
 * Figures only: nothing passes or fails here. Everything it starts it stops.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { randomBytes } from "node:crypto";
import { runMain } from "../db/lifecycle";
import { prepareDatabase } from "../db/prepare";
import { ensurePrismaClient } from "../db/tasks";
import { generatePartners } from "./channel-data";
import { generateOpportunities, generateRegistrations, sampleKeys } from "./deal-data";
import { explainStatements } from "./explain-statements";

const { values } = parseArgs({
  options: {
    registrations: { type: "string", default: "100000" },
    opportunities: { type: "string", default: "50000" },
    partners: { type: "string", default: "2000" },
    samples: { type: "string", default: "100" },
    /** print the plans of every statement of the measured calls (as the app role sends them) */
    explain: { type: "boolean", default: false },
  },
});
const REGISTRATIONS = Number(values.registrations);
const OPPORTUNITIES = Number(values.opportunities);
const PARTNERS = Number(values.partners);
const SAMPLES = Number(values.samples);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** p50/p95 of `fn(i)` over SAMPLES calls after a few warm-up calls. */
async function latency(fn: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 5; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** One letter of the middle swapped with the next: "verdor" → "vedror" (a typo). */
function typo(text: string): string {
  const i = Math.floor(text.length / 2);
  return text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
}

runMain(async () => {
  await ensurePrismaClient();
  const db = await prepareDatabase({ mode: "test", quiet: true });
  Object.assign(process.env, {
    DATABASE_APP_URL: db.appUrl,
    DATABASE_OWNER_URL: db.ownerUrl,
    AUTH_SECRET: randomBytes(48).toString("base64url"),
    LOG_LEVEL: "error",
  });
  const { prisma } = await import("@/lib/db/client");
  const { withScope } = await import("@/lib/db/scope");
  const { scopeOf } = await import("@/lib/auth/context");
  const { addDays, todayIn } = await import("@/lib/activities/dates");
  const { unsafeDetect } = await import("@/lib/deals/detection");
  const { customerOf, submitRegistration } = await import("@/lib/deals/registrations");
  const { registrationSchema } = await import("@/lib/deals/schema");
  const { getBoard } = await import("@/lib/deals/pipeline");
  const { listOpportunities } = await import("@/lib/deals/list");
  const { listStages } = await import("@/lib/deals/stages");
  const { createTerritory } = await import("@/lib/territories/service");
  const { createPartnerWithUser, createTestTenant } = await import("../../tests/fixtures/factories");
  const { ownerQuery } = await import("../../tests/fixtures/db");

  console.log(`Deals benchmark — Node ${process.version}, embedded PostgreSQL`);
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} at start (other processes share the cores)`);

  const admin = await createTestTenant({ currency: "EUR", defaultLocale: "es" });
  const partner = await createPartnerWithUser(admin, "PARTNER_USER");
  const [membership] = await ownerQuery<{ id: string }>(`SELECT id FROM "Membership" WHERE "tenantId" = $1 AND "userId" = $2`, [admin.tenantId, admin.user.id]);
  const territories = [
    (await createTerritory(admin, { name: "Bench North", description: null, parentId: null })).id,
    (await createTerritory(admin, { name: "Bench South", description: null, parentId: null })).id,
  ];
  const started = performance.now();
  await generatePartners(db.ownerUrl, admin.tenantId, PARTNERS);
  await generateRegistrations(db.ownerUrl, admin.tenantId, { count: REGISTRATIONS, partners: PARTNERS, userId: admin.user.id });
  const stages = (await listStages(admin)).filter((s) => s.kind === "OPEN");
  await generateOpportunities(db.ownerUrl, admin.tenantId, { count: OPPORTUNITIES, partners: PARTNERS, stageIds: stages.map((s) => s.id), territories, repId: membership!.id });
  await ownerQuery(`VACUUM ANALYZE "DealRegistration"`);
  await ownerQuery(`VACUUM ANALYZE "Opportunity"`);
  // Filled by the triggers as the rows went in: what the duplicate check reads.
  await ownerQuery(`VACUUM ANALYZE "DealClaim"`);
  console.log(
    `generated ${PARTNERS.toLocaleString("en")} partners, ${REGISTRATIONS.toLocaleString("en")} registrations and ${OPPORTUNITIES.toLocaleString("en")} open deals in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  // (a) the duplicate check: five kinds of lookups in turn, in the partner's scope.
  const known = await sampleKeys(db.ownerUrl, admin.tenantId, SAMPLES);
  const today = todayIn(admin.tenant.timeZone);
  const inputs = known.flatMap((row, i) => [
    { customerName: row.customerName, website: null, taxId: null },
    { customerName: typo(row.customerName), website: null, taxId: null },
    { customerName: `Unrelated ${i}`, website: row.domain, taxId: null },
    { customerName: `Another ${i}`, website: null, taxId: row.taxId },
    { customerName: `Zyxwq Plomb ${i} Trading`, website: null, taxId: null },
  ]);
  const detect = (i: number) => {
    const fields = inputs[i % inputs.length]!;
    const { keys, place } = customerOf({ ...fields, country: null, region: null, postalCode: null, industry: null });
    return withScope(scopeOf(partner), (tx) => unsafeDetect(tx, partner, { partnerId: partner.partnerId, keys, place, today }));
  };
  let found = 0;
  for (let i = 0; i < 5; i++) found += (await detect(i)).findings.length;
  // Each submission names a customer of its own (the partner may not register one twice).
  let submitted = 0;
  const submit = (i: number) =>
    submitRegistration(
      partner,
      registrationSchema.parse({
        submissionKey: randomBytes(16).toString("hex"),
        title: "Bench submission",
        customerName: `${inputs[(i * 5 + 1) % inputs.length]!.customerName} ${++submitted}`,
        contactName: "Bench Contact",
        amount: "1000",
        currency: "EUR",
        expectedCloseOn: addDays(today, 365),
      }),
    );
  if (values.explain) {
    // The real statements of each measured call, explained as the app role sends them.
    for (let i = 0; i < 5; i++) await explainStatements(`detection ${i}`, () => detect(i));
    await explainStatements("board", () => getBoard(admin, {}));
    await explainStatements("board by partner", () => getBoard(admin, { partner: `ptn_bench${String(42).padStart(8, "0")}` }));
    await explainStatements("board by territory", () => getBoard(admin, { territory: territories[0]! }));
    await explainStatements("board by rep", () => getBoard(admin, { rep: membership!.id }));
    await explainStatements("board of direct deals", () => getBoard(admin, { partner: "direct" }));
    await explainStatements("table", () => listOpportunities(admin, { status: "OPEN" }));
  }
  const detection = await latency(detect);
  const submission = await latency(submit);
  console.log(`(a) duplicate check against ${REGISTRATIONS.toLocaleString("en")} registrations, ${SAMPLES} samples (goal p95 < 100 ms; the first five lookups found ${found} pieces of evidence):`);
  console.log(`    detection (exact, typo, domain, tax id, unknown in turn)  p50 ${ms(detection.p50).padStart(9)}   p95 ${ms(detection.p95).padStart(9)}`);
  console.log(`    whole submission (detection, rows, evidence, alert)      p50 ${ms(submission.p50).padStart(9)}   p95 ${ms(submission.p95).padStart(9)}`);

  // (b) the board and the table.
  const someone = `ptn_bench${String(42).padStart(8, "0")}`;
  const rows = [
    ["board, every open deal", await latency(() => getBoard(admin, {}))],
    ["board filtered by a partner", await latency(() => getBoard(admin, { partner: someone }))],
    ["board filtered by a territory", await latency(() => getBoard(admin, { territory: territories[0]! }))],
    ["board filtered by a rep", await latency(() => getBoard(admin, { rep: membership!.id }))],
    ["board of direct deals", await latency(() => getBoard(admin, { partner: "direct" }))],
    ["table, first page by close date", await latency(() => listOpportunities(admin, { status: "OPEN" }))],
  ] as const;
  console.log(`(b) pipeline with ${OPPORTUNITIES.toLocaleString("en")} open deals, ${SAMPLES} samples each (server time; goal p95 < 200 ms):`);
  for (const [label, { p50, p95 }] of rows) console.log(`    ${label.padEnd(36)} p50 ${ms(p50).padStart(9)}   p95 ${ms(p95).padStart(9)}`);
  console.log(`machine: load average ${os.loadavg()[0]!.toFixed(1)} at the end`);

  await prisma().$disconnect();
  // runMain's shutdown stops the throwaway database.
});
