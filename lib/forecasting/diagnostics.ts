/**
 * Forecast diagnostics (docs/forecasting.md, "Diagnostics"): concrete problems found in the
 * snapshots and the actuals, each with the evidence that shows it. Pure functions of plain
 * numbers (the service in ./diagnostics-service.ts reads them), so each rule is tested on
 * crafted data in tests/unit/forecast-diagnostics.test.ts. Money figures are minor units
 * as numbers (well inside double precision for any monthly amount a partner may type).
 *
 * Partner inventory: Canal's inventory ledger (lib/orders/inventory.ts) holds the vendor's
 * warehouses only — partners' stock on hand is not known — so the stock-cover and
 * stock-out rule is not run; the screen says so (`SKIPPED_RULES`).
 */

export type DiagnosticKind = "PARTNER_BIAS" | "PIPELINE_COVERAGE" | "TREND_BREAK" | "ERROR_CONCENTRATION";
export type DiagnosticLevel = "TOTAL" | "TERRITORY" | "PARTNER";

/** A rule the diagnostics cannot run here, and why (shown on the screen). */
export const SKIPPED_RULES = [{ rule: "STOCK_COVER", reason: "noPartnerInventory" }] as const;

/** Which way the figure should move for the problem to improve. */
export type Better = "lower" | "higher";

export type MonthEvidence = { period: string; forecast: number; actual: number; lower?: number | null; upper?: number | null };

export type Diagnostic = {
  /** stable: kind, level and key (the same problem keeps its id from period to period) */
  id: string;
  kind: DiagnosticKind;
  level: DiagnosticLevel;
  key: string;
  severity: "warning" | "critical";
  /** the figure the rule judges (bias, coverage, gap, share) */
  metric: number;
  better: Better;
  /** the threshold it was judged against */
  threshold: number;
  /** months behind the finding (bias, break, coverage) */
  months: MonthEvidence[];
  /** products behind an error concentration: key, absolute error, share of the total */
  products?: { key: string; error: number; share: number }[];
  /** totals the screen prints beside the metric */
  totals: { forecast: number; actual: number };
};

export const diagnosticId = (kind: DiagnosticKind, level: DiagnosticLevel, key: string) => `${kind}:${level}:${key}`;

/** Partner bias: at least this many ended months with a forecast … */
export const BIAS_MIN_MONTHS = 3;
/** … a bias (Σ(forecast − actual) / Σ actual) at least this large … */
export const BIAS_THRESHOLD = 0.2;
/** … and at least this share of the months on the bias' side: persistent, not one bad month. */
export const BIAS_PERSISTENCE = 0.75;
export const BIAS_CRITICAL = 0.5;

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** A partner's own forecast persistently above (or below) what it then bought. */
export function partnerBias(partnerId: string, months: MonthEvidence[]): Diagnostic | null {
  if (months.length < BIAS_MIN_MONTHS) return null;
  const forecast = sum(months.map((m) => m.forecast));
  const actual = sum(months.map((m) => m.actual));
  if (actual <= 0) return null;
  const bias = (forecast - actual) / actual;
  if (Math.abs(bias) < BIAS_THRESHOLD) return null;
  const side = Math.sign(bias);
  const sameSide = months.filter((m) => Math.sign(m.forecast - m.actual) === side).length / months.length;
  if (sameSide < BIAS_PERSISTENCE) return null;
  return {
    id: diagnosticId("PARTNER_BIAS", "PARTNER", partnerId),
    kind: "PARTNER_BIAS",
    level: "PARTNER",
    key: partnerId,
    severity: Math.abs(bias) >= BIAS_CRITICAL ? "critical" : "warning",
    metric: bias,
    // the size of the bias should shrink, whichever its sign
    better: "lower",
    threshold: BIAS_THRESHOLD,
    months,
    totals: { forecast, actual },
  };
}

/** Weighted pipeline should cover at least this share of the coming months' forecast. */
export const COVERAGE_TARGET = 0.5;
export const COVERAGE_CRITICAL = 0.2;
/** Months ahead the coverage looks at. */
export const COVERAGE_MONTHS = 3;

/**
 * Pipeline coverage below target: Σ weighted pipeline / Σ target over the coming months,
 * where a month's target is its commit when there is one, else the statistical forecast.
 * `months[].forecast` is the target, `months[].actual` the weighted pipeline.
 */
export function pipelineCoverage(level: DiagnosticLevel, key: string, months: MonthEvidence[]): Diagnostic | null {
  const target = sum(months.map((m) => m.forecast));
  if (months.length === 0 || target <= 0) return null;
  const pipeline = sum(months.map((m) => m.actual));
  const coverage = pipeline / target;
  if (coverage >= COVERAGE_TARGET) return null;
  return {
    id: diagnosticId("PIPELINE_COVERAGE", level, key),
    kind: "PIPELINE_COVERAGE",
    level,
    key,
    severity: coverage < COVERAGE_CRITICAL ? "critical" : "warning",
    metric: coverage,
    better: "higher",
    threshold: COVERAGE_TARGET,
    months,
    totals: { forecast: target, actual: pipeline },
  };
}

/** A break: of the last months (up to this many) … */
export const BREAK_WINDOW = 3;
/** … at least this many outside the forecast's interval on the same side, the latest among them. */
export const BREAK_MIN_OUTSIDE = 2;
export const BREAK_CRITICAL = 0.5;

/**
 * A break in a partner's trend against its statistical forecast: its latest purchases fall
 * outside the prediction interval, on one side, month after month — the forecast has not
 * caught up with a change. The figure is the mean relative gap |actual − forecast| / forecast.
 */
export function trendBreak(partnerId: string, months: MonthEvidence[]): Diagnostic | null {
  const recent = months.slice(-BREAK_WINDOW);
  const side = (m: MonthEvidence) =>
    m.upper !== null && m.upper !== undefined && m.actual > m.upper ? 1 : m.lower !== null && m.lower !== undefined && m.actual < m.lower ? -1 : 0;
  const last = recent.at(-1);
  if (!last || side(last) === 0) return null;
  const direction = side(last);
  const outside = recent.filter((m) => side(m) === direction).length;
  if (outside < BREAK_MIN_OUTSIDE) return null;
  const forecast = sum(recent.map((m) => m.forecast));
  const actual = sum(recent.map((m) => m.actual));
  if (forecast <= 0) return null;
  const gap = Math.abs(actual - forecast) / forecast;
  return {
    id: diagnosticId("TREND_BREAK", "PARTNER", partnerId),
    kind: "TREND_BREAK",
    level: "PARTNER",
    key: partnerId,
    severity: gap >= BREAK_CRITICAL ? "critical" : "warning",
    metric: gap,
    better: "lower",
    threshold: BREAK_MIN_OUTSIDE,
    months: recent,
    totals: { forecast, actual },
  };
}

/** Error concentration: the top fifth of products (at least one) … */
export const CONCENTRATION_TOP = 0.2;
/** … carry at least this share of the absolute forecast error … */
export const CONCENTRATION_SHARE = 0.6;
/** … among at least this many products with any error. */
export const CONCENTRATION_MIN_PRODUCTS = 4;
export const CONCENTRATION_CRITICAL = 0.8;

/** Most of the forecast error in a few products: where to look first. */
export function errorConcentration(products: { key: string; error: number }[]): Diagnostic | null {
  const withError = products.filter((p) => p.error > 0).sort((a, b) => b.error - a.error || (a.key < b.key ? -1 : 1));
  if (withError.length < CONCENTRATION_MIN_PRODUCTS) return null;
  const total = sum(withError.map((p) => p.error));
  const top = withError.slice(0, Math.max(1, Math.ceil(withError.length * CONCENTRATION_TOP)));
  const share = sum(top.map((p) => p.error)) / total;
  if (share < CONCENTRATION_SHARE) return null;
  return {
    id: diagnosticId("ERROR_CONCENTRATION", "TOTAL", ""),
    kind: "ERROR_CONCENTRATION",
    level: "TOTAL",
    key: "",
    severity: share >= CONCENTRATION_CRITICAL ? "critical" : "warning",
    metric: share,
    better: "lower",
    threshold: CONCENTRATION_SHARE,
    months: [],
    products: top.map((p) => ({ key: p.key, error: p.error, share: p.error / total })),
    totals: { forecast: total, actual: 0 },
  };
}

/** A change smaller than this (relative) counts as no change. */
export const IMPROVEMENT_TOLERANCE = 0.05;

export type Progress = "resolved" | "improved" | "unchanged" | "worse" | "pending";

/**
 * Did the problem improve since the plan was made? `after` is the diagnostic's figure now,
 * or null when the rule no longer fires (resolved); "pending" until a month has ended
 * after the plan's month (`measurable`).
 */
export function progressOf(before: number, after: number | null, better: Better, measurable: boolean): Progress {
  if (!measurable) return "pending";
  if (after === null) return "resolved";
  const size = (value: number) => (better === "lower" ? Math.abs(value) : value);
  const change = size(after) - size(before);
  const scale = Math.max(Math.abs(size(before)), 1e-9);
  if (Math.abs(change) / scale < IMPROVEMENT_TOLERANCE) return "unchanged";
  const improved = better === "lower" ? change < 0 : change > 0;
  return improved ? "improved" : "worse";
}

/** Which way each kind's figure should move. */
export const BETTER: Record<DiagnosticKind, Better> = {
  PARTNER_BIAS: "lower",
  PIPELINE_COVERAGE: "higher",
  TREND_BREAK: "lower",
  ERROR_CONCENTRATION: "lower",
};
