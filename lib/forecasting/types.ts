import type { Accuracy } from "@/lib/forecast/engine/metrics";
import type { ForecastLevel, ForecastMeasure, ForecastPerspective, ForecastRunStatus } from "@/lib/generated/prisma/enums";

/** One version of a partner's own forecast. */
export type PartnerForecastVersion = {
  id: string;
  version: number;
  currency: string;
  note: string | null;
  submittedByName: string;
  createdAt: Date;
  months: { period: string; amountMinor: bigint }[];
};

/** A forecast run as a screen shows it (with its progress while it computes). */
export type ForecastRunSummary = {
  id: string;
  asOf: string;
  historyFrom: string;
  horizon: number;
  intervalLevel: number;
  status: ForecastRunStatus;
  seriesDone: number;
  seriesTotal: number;
  error: string | null;
  startedAt: Date;
  publishedAt: Date | null;
};

/** Why the engine chose what it chose, kept with every statistical series. */
export type SeriesExplanation = {
  method: string;
  components: { method: string; weight: number }[];
  backtest: { method: string; score: number }[];
  /** why: "noHistory", "shortHistory", "backtest" (lowest score), "combination" (kept within the margin) */
  reason: "noHistory" | "shortHistory" | "backtest" | "combination";
  /** the chosen candidate's backtest score (mean absolute error, the series' units), null without a backtest */
  backtestError: number | null;
  intermittent: boolean;
  seasonal: boolean;
  breakAt: number | null;
};

/** One month of one perspective. Revenue in minor units as a decimal string; units as a decimal string. */
export type ForecastPoint = { period: string; horizon: number; value: string; lower: string | null; upper: string | null };

export type SeriesRef = { level: ForecastLevel; key: string; measure: ForecastMeasure; currency: string };

/** A series of a published run, with its perspectives side by side. */
export type SnapshotSeries = SeriesRef & {
  id: string;
  history: number[];
  method: string;
  explanation: SeriesExplanation;
  perspectives: Partial<Record<ForecastPerspective, ForecastPoint[]>>;
  /** a territory's or the total's revenue: how many of the partners below it submitted the forecast the PARTNER figure sums */
  partnerCoverage: { submitted: number; counted: number } | null;
};

/** Accuracy of one perspective of one series in one run, overall and per horizon. */
export type AccuracyRow = SeriesRef & {
  runId: string;
  asOf: string;
  perspective: ForecastPerspective;
  accuracy: Accuracy;
  byHorizon: { horizon: number; accuracy: Accuracy }[];
};

/** The most accurate perspective of a partner or territory, over every run with actuals. */
export type BestPerspective = SeriesRef & {
  perspective: ForecastPerspective;
  accuracy: Accuracy;
  /** every perspective measured for this series, best first */
  ranking: { perspective: ForecastPerspective; accuracy: Accuracy }[];
};
