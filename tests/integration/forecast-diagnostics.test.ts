/**
 * Diagnostics and action plans on the database (lib/forecasting/diagnostics-service.ts,
 * plans.ts): a partner whose own forecast ran 50 % above what it bought for four months,
 * and a current run with no pipeline — the two diagnostics fire with their evidence; a plan
 * made from one carries its figure and a task (an activity on the plan, in the assignee's
 * tasks and on the partner's timeline); the next period says whether it improved. Another
 * tenant's diagnostic is NOT_FOUND; the partner's portal page reads only its own purchases.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { listVendorAssigneeOptions } from "@/lib/activities/assignees";
import { listMyTasks } from "@/lib/activities/list";
import { completeTask, getTimeline } from "@/lib/activities/service";
import { withScope } from "@/lib/db/scope";
import { addMonths } from "@/lib/forecast/engine/period";
import { currentPeriod } from "@/lib/forecasting/calendar";
import { findDiagnostics } from "@/lib/forecasting/diagnostics-service";
import { createActionPlan, listActionPlans } from "@/lib/forecasting/plans";
import { ownForecastPage } from "@/lib/forecasting/portal";
import { executeRun } from "@/lib/forecasting/run";
import { submitPartnerForecast } from "@/lib/forecasting/submissions";
import { requestForecastRun } from "@/lib/forecasting/runs";
import { createId } from "@/lib/ids";
import { insertHistoricalOrders, type HistoricalOrder } from "@/lib/seed/order-history";
import { seedProduct } from "@/tests/fixtures/catalog";
import { createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";

let admin: VendorCtx;
let partner: PartnerCtx;
let other: PartnerCtx;
let stranger: VendorCtx;
let current: string;
const MONTHS = 40;

beforeAll(async () => {
  [admin, stranger] = await Promise.all([createTestTenant(), createTestTenant()]);
  [partner, other] = await Promise.all([createPartnerWithUser(admin), createPartnerWithUser(admin)]);
  current = currentPeriod(admin.tenant.timeZone);
  const product = await seedProduct(admin);
  // 10 units × 10.00 every month for 40 months (partner), 1 unit a month (the other partner)
  const orders: HistoricalOrder[] = [];
  for (let m = MONTHS; m >= 1; m--) {
    const line = (quantity: number) => [{ productId: product.id, sku: product.sku, name: "P", nameEs: "P", quantity, unitMinor: 1000n }];
    orders.push({ partnerId: partner.partnerId, submittedAt: new Date(`${addMonths(current, -m)}-10T12:00:00Z`), currency: admin.tenant.currency, lines: line(10) });
    orders.push({ partnerId: other.partnerId, submittedAt: new Date(`${addMonths(current, -m)}-11T12:00:00Z`), currency: admin.tenant.currency, lines: line(1) });
  }
  await withScope({ audience: "system", tenantId: admin.tenantId }, async (tx) => {
    await insertHistoricalOrders(tx, admin.tenantId, orders);
    // the partner's own forecast of the last four months, as it stood before them: 150.00 a month
    const id = createId("partnerForecast");
    await tx.partnerForecast.create({
      data: { id, tenantId: admin.tenantId, partnerId: partner.partnerId, version: 1, currency: admin.tenant.currency, submittedByUserId: partner.user.id, submittedByName: "P" },
    });
    await tx.partnerForecastLine.createMany({
      data: [4, 3, 2, 1].map((m) => ({ id: createId("partnerForecastLine"), tenantId: admin.tenantId, partnerId: partner.partnerId, forecastId: id, period: addMonths(current, -m), amountMinor: 15000n })),
    });
  });
  for (const asOf of [addMonths(current, -4), current]) {
    const run = await requestForecastRun(admin, { asOf, horizon: 6 });
    await executeRun(admin.tenantId, run.id);
  }
});

describe("diagnostics", () => {
  it("finds the partner's persistent bias and the missing pipeline, each with its evidence", async () => {
    const report = await findDiagnostics(admin);
    expect(report.lastEnded).toBe(addMonths(current, -1));
    expect(report.skipped).toEqual([{ rule: "STOCK_COVER", reason: "noPartnerInventory" }]);
    const bias = report.diagnostics.find((d) => d.kind === "PARTNER_BIAS")!;
    expect(bias).toMatchObject({ level: "PARTNER", key: partner.partnerId, severity: "critical", better: "lower", totals: { forecast: 60000, actual: 40000 } });
    expect(bias.metric).toBeCloseTo(0.5, 9);
    expect(bias.months.map((m) => [m.period, m.forecast, m.actual])).toEqual([4, 3, 2, 1].map((m) => [addMonths(current, -m), 15000, 10000]));
    const coverage = report.diagnostics.find((d) => d.kind === "PIPELINE_COVERAGE" && d.level === "TOTAL")!;
    expect(coverage).toMatchObject({ key: "", metric: 0, severity: "critical", better: "higher" });
    expect(coverage.months.map((m) => m.period)).toEqual([current, addMonths(current, 1), addMonths(current, 2)]);
    // the other partner's forecast is neither biased (none submitted) nor broken (steady)
    expect(report.diagnostics.some((d) => d.key === other.partnerId)).toBe(false);
  });

  it("finds nothing for a tenant without runs", async () => {
    expect(await findDiagnostics(stranger)).toMatchObject({ diagnostics: [], latestRun: null });
  });
});

describe("action plans", () => {
  let planId: string;

  it("makes a plan from a standing diagnostic, with its first task assigned as an activity", async () => {
    const me = (await listVendorAssigneeOptions(admin)).find((a) => a.self)!.value;
    const dueOn = `${addMonths(current, 1)}-01`;
    ({ id: planId } = await createActionPlan(admin, { diagnosticId: `PARTNER_BIAS:PARTNER:${partner.partnerId}`, title: "Recalibrate", taskTitle: "Review the forecast with the partner", assignee: me, dueOn }));
    const [plan] = await listActionPlans(admin, { planId });
    expect(plan).toMatchObject({ kind: "PARTNER_BIAS", level: "PARTNER", key: partner.partnerId, period: addMonths(current, -1), progress: "pending", tasks: { total: 1, done: 0 } });
    expect(plan!.metricBefore).toBeCloseTo(0.5, 9);
    const timeline = await getTimeline(admin, { type: "FORECAST_PLAN", id: planId });
    expect(timeline.items.map((i) => [i.kind, i.title, i.visibility, i.dueOn])).toEqual([["TASK", "Review the forecast with the partner", "INTERNAL", dueOn]]);
    // the task is the assignee's, and on the partner's timeline too
    expect((await listMyTasks(admin)).rows.map((i) => i.id)).toContain(timeline.items[0]!.id);
    expect((await getTimeline(admin, { type: "PARTNER", id: partner.partnerId })).items.map((i) => i.id)).toContain(timeline.items[0]!.id);

    await completeTask(admin, { activityId: timeline.items[0]!.id, version: timeline.items[0]!.version });
    expect((await listActionPlans(admin, { planId }))[0]!.tasks).toEqual({ total: 1, done: 1 });
  });

  it("says after the next month whether the problem improved", async () => {
    // a month later the month has ended: the partner's forecast named no new month, so its
    // bias stands as it was — measured now, and unchanged
    const later = new Date(Date.now() + 32 * 86_400_000);
    const [plan] = await listActionPlans(admin, { planId }, later);
    expect(plan!.progress).toBe("unchanged");
    expect(plan!.metricNow).toBeCloseTo(0.5, 9);
  });

  it("refuses a diagnostic that does not stand, another tenant's, and a plan without an owner", async () => {
    const me = (await listVendorAssigneeOptions(admin)).find((a) => a.self)!.value;
    const input = { title: "X", taskTitle: "Y", assignee: me, dueOn: `${addMonths(current, 1)}-01` };
    await expect(createActionPlan(admin, { ...input, diagnosticId: `PARTNER_BIAS:PARTNER:${other.partnerId}` })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const strangerMe = (await listVendorAssigneeOptions(stranger)).find((a) => a.self)!.value;
    await expect(createActionPlan(stranger, { ...input, assignee: strangerMe, diagnosticId: `PARTNER_BIAS:PARTNER:${partner.partnerId}` })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listActionPlans(stranger, { planId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createActionPlan(admin, { ...input, assignee: "", diagnosticId: `PARTNER_BIAS:PARTNER:${partner.partnerId}` })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
  });
});

describe("the partner's own forecast page", () => {
  it("shows only its own purchases by month, and its versions", async () => {
    const page = await ownForecastPage(partner);
    expect(page.current).toBe(current);
    expect(page.history).toHaveLength(24);
    expect(page.history.every((h) => h.amountMinor === 10000n)).toBe(true);
    expect(page.versions.map((v) => v.version)).toEqual([1]);
    const theirs = await ownForecastPage(other);
    expect(theirs.history.every((h) => h.amountMinor === 1000n)).toBe(true);
    expect(theirs.versions).toEqual([]);
  });

  it("takes a month left blank as not forecast, and refuses a submission with every month blank", async () => {
    const months = [{ period: current, amount: "" }, { period: addMonths(current, 1), amount: "120.50" }];
    const version = await submitPartnerForecast(other, { expectedVersion: 0, months });
    expect(version.months).toEqual([{ period: addMonths(current, 1), amountMinor: 12050n }]);
    await expect(submitPartnerForecast(other, { expectedVersion: 1, months: [{ period: current, amount: " " }] })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { months: ["forecasting.validation.noMonths"] },
    });
  });
});
