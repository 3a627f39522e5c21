/**
 * "Run forecast now" (lib/forecasting/runs.ts `runForecastNow`) and the demo's biased
 * partner (lib/seed/demo-forecasting.ts):
 *  - the current month's run starts (its job queued), shows itself while computing, starts
 *    again after it FAILED, and once published is refused with FORECAST_ALREADY_PUBLISHED —
 *    translated in English and Spanish with the month and the next run's — with nothing
 *    changed: no second run, no job;
 *  - the demo's forecasting data, as the demo seed writes it (three years of history, the
 *    partner's earlier optimistic version, its current one, two runs), make the
 *    partner-bias diagnostic fire with each ended month's forecast and purchases.
 */
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { addMonths } from "@/lib/forecast/engine/period";
import { currentPeriod } from "@/lib/forecasting/calendar";
import { findDiagnostics } from "@/lib/forecasting/diagnostics-service";
import { executeRun, failRun } from "@/lib/forecasting/run";
import { getForecastRun, listForecastRuns, runForecastNow } from "@/lib/forecasting/runs";
import { messagesFor } from "@/lib/i18n/messages";
import { BIASED_FACTORS, seedBiasedPartnerForecast, seedForecasts, seedOrderHistory } from "@/lib/seed/demo-forecasting";
import { seedProduct } from "@/tests/fixtures/catalog";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";

const jobsOf = async (runId: string) =>
  (await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'forecasting.run' AND data->>'runId' = $1`, [runId]))[0]!.n;

describe("run forecast now", () => {
  let admin: VendorCtx;
  beforeAll(async () => {
    admin = await createTestTenant({ timeZone: "Europe/Madrid" });
  });

  it("starts this month's run, shows it computing, starts it again after it failed, and refuses a published month with the reason", async () => {
    const current = currentPeriod(admin.tenant.timeZone);
    const started = await runForecastNow(admin, {});
    expect(started).toMatchObject({ asOf: current, status: "RUNNING" });
    expect(await jobsOf(started.id)).toBe(1);
    // pressed again while it computes: the same run, its progress (no second job)
    expect(await runForecastNow(admin, {})).toMatchObject({ id: started.id, status: "RUNNING" });
    expect(await jobsOf(started.id)).toBe(1);

    // the worker gave up: pressing it starts the same run again, with a new job
    await failRun(admin.tenantId, started.id, "INTERNAL");
    expect(await getForecastRun(admin, started.id)).toMatchObject({ status: "FAILED", error: "INTERNAL" });
    expect(await runForecastNow(admin, {})).toMatchObject({ id: started.id, status: "RUNNING", error: null, seriesDone: 0 });
    expect(await jobsOf(started.id)).toBe(2);
    const [audit] = await ownerQuery<{ action: string }>(`SELECT action FROM "AuditLog" WHERE "entityId" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [started.id]);
    expect(audit!.action).toBe("forecastRun.restarted");

    // published: refused with the month and the next run's, nothing changed
    expect(await executeRun(admin.tenantId, started.id)).toMatchObject({ status: "PUBLISHED" });
    const refused = await rejectsWith(runForecastNow(admin, {}), "FORECAST_ALREADY_PUBLISHED");
    expect(refused.status).toBe(409);
    expect(refused.params).toEqual({ asOf: current, next: addMonths(current, 1) });
    expect((await listForecastRuns(admin)).map((r) => [r.id, r.status])).toEqual([[started.id, "PUBLISHED"]]);
    expect(await jobsOf(started.id)).toBe(2);
    for (const [locale, words] of [["en", "already published"], ["es", "ya está publicada"]] as const) {
      const text = createTranslator({ locale, messages: messagesFor(locale), namespace: "errors" })("FORECAST_ALREADY_PUBLISHED", refused.params!);
      expect(text).toContain(words);
      expect(text).toContain(current);
      expect(text).toContain(addMonths(current, 1));
    }
  });

  it("is for those who may start runs", async () => {
    const rep = await addVendorUser(admin, "SALES_REP");
    await rejectsWith(runForecastNow(rep, {}), "FORBIDDEN");
  });
});

describe("the demo's biased partner", () => {
  let admin: VendorCtx;
  let partner: PartnerCtx;
  beforeAll(async () => {
    admin = await createTestTenant();
    partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const products = await Promise.all(["50.00", "12.50"].map(async (price) => ({ ...(await seedProduct(admin)), price, status: "ACTIVE" })));
    await seedOrderHistory(admin, { partners: [{ id: partner.partnerId, size: 40, growth: 0.012 }], products, months: 36, seed: 15 });
    await seedBiasedPartnerForecast(admin, partner, "New stores");
    await seedForecasts(admin, { manager: admin, partner, amounts: ["5200", "4800"], commit: { amount: "9500", reason: "Tender confirmed." } });
  });

  it("makes the partner-bias diagnostic fire, with each ended month's forecast above what it bought", async () => {
    const current = currentPeriod(admin.tenant.timeZone);
    const report = await findDiagnostics(admin);
    const bias = report.diagnostics.find((d) => d.kind === "PARTNER_BIAS" && d.key === partner.partnerId)!;
    expect(bias).toBeDefined();
    expect(bias.months.map((m) => m.period)).toEqual([3, 2, 1].map((m) => addMonths(current, -m)));
    bias.months.forEach((m, i) => expect(m.forecast / m.actual).toBeCloseTo(BIASED_FACTORS[i]!, 1));
    expect(bias.metric).toBeGreaterThan(0.38);
    expect(bias.metric).toBeLessThan(0.55);
    expect(bias).toMatchObject({ level: "PARTNER", better: "lower", threshold: 0.2 });
    // the partner's later version (this month on) stands beside the earlier one
    expect(await ownerQuery(`SELECT version FROM "PartnerForecast" WHERE "partnerId" = $1 ORDER BY version`, [partner.partnerId])).toEqual([{ version: 1 }, { version: 2 }]);
    for (const [locale, words] of [["en", "own forecast"], ["es", "previsión propia"]] as const) {
      const text = createTranslator({ locale, messages: messagesFor(locale), namespace: "forecasting.diagnostics.explain" })("PARTNER_BIAS", { name: "Lumen", bias: "45%", threshold: "20%" });
      expect(text).toContain(words);
    }
  });
});
