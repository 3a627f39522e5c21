import { z } from "zod";
import { periodIndex } from "@/lib/forecast/engine/period";

/**
 * Inputs of the forecasting module (forms, actions, later the REST API). Client-safe.
 * Rules that need the tenant's calendar (which months may be forecast) or the database
 * (a partner or territory of this tenant) live in the services.
 */

/** Months ahead a run forecasts, and a partner or commit may name. */
export const MAX_RUN_HORIZON = 24;
export const DEFAULT_RUN_HORIZON = 12;
/** Months of history a run reads (three years: seasonal methods need two full ones). */
export const HISTORY_MONTHS = 36;
/** The largest monthly amount a partner or a commit may type, in major units (a typo guard). */
export const MAX_FORECAST_MAJOR = 10_000_000_000n;

export const COMMIT_LEVELS = ["TOTAL", "TERRITORY", "PARTNER"] as const;

const period = z
  .string()
  .trim()
  .refine((value) => periodIndex(value) !== null, { message: "forecasting.validation.period" });
const amount = z.string().trim().min(1, { message: "validation.required" }).max(30, { message: "validation.tooLong" });

/** A range of history months, oldest first, at most 60. */
export const historyRangeSchema = z
  .object({ from: period, to: period })
  .refine((v) => periodIndex(v.to)! - periodIndex(v.from)! >= 0 && periodIndex(v.to)! - periodIndex(v.from)! < 60, {
    path: ["to"],
    message: "forecasting.validation.range",
    when: (payload) => payload.issues.length === 0,
  });

export const runRequestSchema = z.object({
  /** the first month to forecast; the tenant's current month when absent */
  asOf: period.optional(),
  horizon: z.coerce
    .number({ message: "forecasting.validation.horizon" })
    .int({ message: "forecasting.validation.horizon" })
    .min(1, { message: "forecasting.validation.horizon" })
    .max(MAX_RUN_HORIZON, { message: "forecasting.validation.horizon" })
    .default(DEFAULT_RUN_HORIZON),
});
export type RunRequest = z.output<typeof runRequestSchema>;

export const partnerForecastSchema = z
  .object({
    /** the latest version the partner saw (0: none); another submission meanwhile is STALE_EDIT */
    expectedVersion: z.coerce.number().int().min(0).max(2_147_483_647),
    note: z
      .string()
      .trim()
      .max(1000, { message: "validation.tooLong" })
      .optional()
      .transform((value) => value || null),
    months: z
      .array(z.object({ period, amount: z.string().trim().max(30, { message: "validation.tooLong" }) }))
      .min(1, { message: "forecasting.validation.noMonths" })
      .max(MAX_RUN_HORIZON, { message: "forecasting.validation.tooManyMonths" }),
  })
  .superRefine((value, issues) => {
    const seen = new Set<string>();
    value.months.forEach((month, index) => {
      if (seen.has(month.period)) issues.addIssue({ code: "custom", path: ["months", index, "period"], message: "forecasting.validation.duplicatePeriod" });
      seen.add(month.period);
    });
    // A month left blank is not forecast (the form offers twelve); at least one must be.
    if (value.months.length > 0 && value.months.every((month) => month.amount === "")) {
      issues.addIssue({ code: "custom", path: ["months"], message: "forecasting.validation.noMonths" });
    }
  });
export type PartnerForecastInput = z.output<typeof partnerForecastSchema>;

export const commitSchema = z.object({
  level: z.enum(COMMIT_LEVELS, { message: "forecasting.validation.level" }),
  /** the partner or territory id; empty for the total */
  key: z.string().trim().max(64).default(""),
  period,
  amount,
  reason: z.string().trim().min(1, { message: "errors.REASON_REQUIRED" }).max(1000, { message: "validation.tooLong" }),
});
export type CommitInput = z.output<typeof commitSchema>;

/** An action plan from a diagnostic, with its first task (more are logged on the plan's timeline). */
export const actionPlanSchema = z.object({
  /** the diagnostic's stable id (lib/forecasting/diagnostics.ts: kind:level:key) */
  diagnosticId: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1, { message: "validation.required" }).max(200, { message: "validation.tooLong" }),
  taskTitle: z.string().trim().min(1, { message: "validation.required" }).max(200, { message: "validation.tooLong" }),
  /** a back-office seat ("m:mem_…"): the plan is internal */
  assignee: z
    .string()
    .trim()
    .regex(/^m:[a-z]{2,4}_[a-z0-9]{1,40}$/, { message: "activities.validation.assigneeRequired" }),
  dueOn: z.string().trim().min(1, { message: "activities.validation.dueRequired" }).max(10),
});
export type ActionPlanInput = z.output<typeof actionPlanSchema>;

export const VIEW_LEVELS = ["TOTAL", "TERRITORY", "PARTNER", "FAMILY", "PRODUCT"] as const;

/** The overview's query string: which node of which tree, which measure, which run. Bad values fall back. */
export const overviewQuery = z.object({
  level: z.enum(VIEW_LEVELS).catch("TOTAL"),
  key: z.string().trim().max(64).catch(""),
  measure: z.enum(["REVENUE", "UNITS"]).catch("REVENUE"),
  run: z.string().trim().max(64).catch(""),
});
export type OverviewQuery = z.output<typeof overviewQuery>;

/** One slice of the history (with `historyRangeSchema` for its months). */
export const sliceSchema = z.object({
  level: z.enum(VIEW_LEVELS, { message: "forecasting.validation.level" }),
  key: z.string().trim().max(64).default(""),
});
