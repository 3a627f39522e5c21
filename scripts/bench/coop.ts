/**
 * `npm run bench -- coop` (optionally `--entries 1000000 --partners 3000 --samples 200 --claims 200 --workers 8 --explain`):
 * on a throwaway embedded PostgreSQL with a generated co-op ledger (scripts/bench/coop-data.ts),
 * prints
 *   (a) a partner's balances with ENTRIES ledger entries in the tenant — `listOwnFunds`, the
 *       portal's read (every fund of the partner with its balances summed from the ledger,
 *       row-level security on) — for the largest partner, a mid-sized one and a small one
 *       (p50/p95; goal p95 < 20 ms), and one fund with its entries (`getOwnFund`);
 *   (b) claim throughput under contention on one fund: WORKERS concurrent workers each
 *       submitting a claim (partner), approving it and paying it by payout (vendor) through
 *       the services, all on one fund with room for exactly CLAIMS claims, until the fund
 *       refuses — claims per second, per-step p50/p95, and proof the money is exact: CLAIMS
 *       paid, one refusal per worker, and the reported balance equal to the fold of the raw
 *       entries with nothing left available.
 * Figures only: nothing passes or fails on timing (a wrong balance exits 1). Everything it
 * starts it stops.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { randomBytes, randomUUID } from "node:crypto";
import { runMain } from "../db/lifecycle";
import { prepareDatabase } from "../db/prepare";
import { ensurePrismaClient } from "../db/tasks";
import { generatePartners } from "./channel-data";
import { benchPartnerId, entriesOfFund, entriesOfPartners, generateCoopLedger } from "./coop-data";
import { explainStatements } from "./explain-statements";

const { values } = parseArgs({
  options: {
    entries: { type: "string", default: "1000000" },
    partners: { type: "string", default: "3000" },
    samples: { type: "string", default: "200" },
    claims: { type: "string", default: "200" },
    workers: { type: "string", default: "8" },
    /** print the plans of every statement of the measured reads (as the app role sends them) */
    explain: { type: "boolean", default: false },
  },
});
const ENTRIES = Number(values.entries);
const PARTNERS = Number(values.partners);
const SAMPLES = Number(values.samples);
const CLAIMS = Number(values.claims);
const WORKERS = Number(values.workers);
const CLAIM_MINOR = 2500n;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const load = () => os.loadavg().map((v) => v.toFixed(2)).join(" ");

async function latency(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 5; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return summary(times);
}

function summary(times: number[]): { p50: number; p95: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

runMain(async () => {
  await ensurePrismaClient();
  const db = await prepareDatabase({ mode: "test", quiet: true });
  Object.assign(process.env, {
    DATABASE_APP_URL: db.appUrl,
    DATABASE_OWNER_URL: db.ownerUrl,
    AUTH_SECRET: randomBytes(48).toString("base64url"),
    LOG_LEVEL: "error",
    // every worker holds a connection while it queues on the fund's lock
    DATABASE_POOL_MAX: String(Math.max(10, WORKERS + 2)),
  });
  const { prisma } = await import("@/lib/db/client");
  const { AppError } = await import("@/lib/errors");
  const { balanceOf } = await import("@/lib/coop/balances");
  const { listOwnFunds, getOwnFund } = await import("@/lib/coop/read");
  const { decideClaim, submitClaim } = await import("@/lib/coop/claims");
  const { payClaim } = await import("@/lib/coop/pay");
  const { decideClaimSchema, payClaimSchema } = await import("@/lib/coop/schema");
  const { createPartnerWithUser, createTestTenant } = await import("../../tests/fixtures/factories");
  const { allocate, claimInput, seedCoopProgram, uploadProof } = await import("../../tests/fixtures/coop");

  console.log(`Co-op benchmark — Node ${process.version}, embedded PostgreSQL`);
  console.log(`machine: ${os.cpus().length} cores, load average ${load()} at start (other processes share the cores)`);

  const admin = await createTestTenant();
  const currency = admin.tenant.currency;
  const coop = await seedCoopProgram(admin, { kind: "COOP", name: "Bench co-op", accrualBasis: "INVOICED", accrualRate: "2", period: "QUARTER" });
  const mdf = await seedCoopProgram(admin, { kind: "MDF", name: "Bench MDF", period: "YEAR" });
  let started = performance.now();
  await generatePartners(db.ownerUrl, admin.tenantId, PARTNERS);
  const generated = await generateCoopLedger(db.ownerUrl, admin.tenantId, { partners: PARTNERS, entries: ENTRIES, coopProgramId: coop.id, mdfProgramId: mdf.id, currency });
  console.log(
    `generated ${PARTNERS.toLocaleString("en")} partners, ${generated.funds.toLocaleString("en")} funds, ${generated.claims.toLocaleString("en")} paid claims and ${generated.entries.toLocaleString("en")} ledger entries in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  // (a) balances: the largest partner, a mid-sized one and a small one, each through its own portal user.
  const ranks = [1, 10, Math.floor(PARTNERS / 2)];
  const counts = await entriesOfPartners(db.ownerUrl, admin.tenantId, ranks.map(benchPartnerId));
  const partners = [];
  for (const rank of ranks) partners.push(await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerId: benchPartnerId(rank) }));
  if (values.explain) {
    for (const partner of partners) await explainStatements(`listOwnFunds ${partner.partnerId}`, () => listOwnFunds(partner));
  }
  console.log(`\n(a) a partner's balances (listOwnFunds: its funds with balances from the ledger), ${SAMPLES} samples each — load ${load()}`);
  console.log(`    goal p95 < 20 ms with ${generated.entries.toLocaleString("en")} entries in the tenant`);
  for (const [i, partner] of partners.entries()) {
    const funds = await listOwnFunds(partner);
    const { p50, p95 } = await latency(() => listOwnFunds(partner));
    const label = `rank ${ranks[i]} partner: ${funds.length} funds, ${counts.get(partner.partnerId)!.toLocaleString("en")} entries`;
    console.log(`    ${label.padEnd(46)} p50 ${ms(p50).padStart(9)}   p95 ${ms(p95).padStart(9)}`);
  }
  const biggest = partners[0]!;
  const newest = (await listOwnFunds(biggest))[0]!;
  const fund = await latency(() => getOwnFund(biggest, newest.id));
  console.log(`    ${"one fund with its latest 500 entries (rank 1)".padEnd(46)} p50 ${ms(fund.p50).padStart(9)}   p95 ${ms(fund.p95).padStart(9)}`);

  // (b) contention: one fund with room for exactly CLAIMS claims, WORKERS workers at once.
  const claimant = partners[1]!;
  const contended = await seedCoopProgram(admin, { kind: "MDF", name: "Bench contention", period: "QUARTER" });
  const fundId = await allocate(admin, contended.id, claimant.partnerId, String((CLAIM_MINOR * BigInt(CLAIMS)) / 100n));
  const proofs: string[] = [];
  for (let i = 0; i < CLAIMS + WORKERS; i++) proofs.push(await uploadProof(claimant));
  const steps = { submit: [] as number[], approve: [] as number[], pay: [] as number[] };
  const timed = async <T>(list: number[], fn: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await fn();
    } finally {
      list.push(performance.now() - start);
    }
  };
  let paid = 0;
  let refused = 0;
  const worker = async () => {
    for (;;) {
      let submitted;
      try {
        submitted = await timed(steps.submit, () => submitClaim(claimant, claimInput(claimant, fundId, proofs.pop()!, String(CLAIM_MINOR / 100n), { submissionKey: randomUUID() })));
      } catch (error) {
        if (error instanceof AppError && error.code === "COOP_OVER_AVAILABLE") {
          refused++;
          return;
        }
        throw error;
      }
      const approved = await timed(steps.approve, () => decideClaim(admin, decideClaimSchema.parse({ claimId: submitted.id, version: submitted.version, decision: "APPROVE" })));
      await timed(steps.pay, () => payClaim(admin, payClaimSchema.parse({ claimId: approved.id, version: approved.version, method: "PAYOUT" })));
      paid++;
    }
  };
  const loadBefore = load();
  started = performance.now();
  await Promise.all(Array.from({ length: WORKERS }, worker));
  const elapsed = performance.now() - started;
  const entries = await entriesOfFund(db.ownerUrl, fundId);
  const folded = balanceOf(entries.map((e) => ({ kind: e.kind as never, amountMinor: e.amountMinor, forClaim: e.claimId !== null })));
  const reported = (await getOwnFund(claimant, fundId)).balance;
  const exact =
    paid === CLAIMS &&
    refused === WORKERS &&
    JSON.stringify(reported, (_, v) => (typeof v === "bigint" ? v.toString() : v)) === JSON.stringify(folded, (_, v) => (typeof v === "bigint" ? v.toString() : v)) &&
    reported.availableMinor === 0n &&
    reported.paidMinor === CLAIM_MINOR * BigInt(CLAIMS) &&
    reported.claimedMinor === 0n;
  console.log(`\n(b) claims on one fund under contention: ${WORKERS} workers, submit → approve → pay (payout) through the services — load ${loadBefore} before, ${load()} after`);
  console.log(`    ${paid} claims paid in ${(elapsed / 1000).toFixed(1)} s: ${((paid / elapsed) * 1000).toFixed(1)} claims/s (${((3 * paid) / (elapsed / 1000)).toFixed(1)} locked transactions/s), ${refused} refused (COOP_OVER_AVAILABLE)`);
  for (const [step, times] of Object.entries(steps)) {
    const { p50, p95 } = summary(times);
    console.log(`    ${step.padEnd(8)} p50 ${ms(p50).padStart(9)}   p95 ${ms(p95).padStart(9)}   (waiting for the fund's lock included)`);
  }
  console.log(
    `    balance: earned ${reported.earnedMinor}, paid ${reported.paidMinor}, claimed ${reported.claimedMinor}, available ${reported.availableMinor} (minor units) over ${entries.length} entries — ${exact ? "exact: equals the fold of the raw entries, nothing overdrawn" : "WRONG"}`,
  );
  console.log(`load average ${load()} at the end`);
  await prisma().$disconnect();
  if (!exact) throw new Error(`the contended fund's balance is wrong: paid ${paid}, refused ${refused}, reported ${JSON.stringify(reported, (_, v) => (typeof v === "bigint" ? v.toString() : v))}`);
});
