/**
 * The metrics tier rules are written on (the enum ProgramMetric), importable by forms; how
 * each is read lives in ./metrics.ts (server only).
 */
export const PROGRAM_METRICS = ["REVENUE_T12M", "CERTIFIED_PEOPLE", "WON_DEALS_T12M"] as const;
export type ProgramMetricValue = (typeof PROGRAM_METRICS)[number];

/** Revenue is money in the program's currency; the others are counts. */
export const METRIC_UNIT: Record<ProgramMetricValue, "money" | "count"> = {
  REVENUE_T12M: "money",
  CERTIFIED_PEOPLE: "count",
  WON_DEALS_T12M: "count",
};
