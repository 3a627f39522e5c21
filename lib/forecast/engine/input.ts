import { type Period, periodIndex, periodOf } from "./period";

/**
 * From rows in long format (series, period, value — a CSV file, or an upload later) to
 * complete monthly series, or a report of every row that stops that. Nothing is guessed:
 * a missing month is reported rather than taken as zero (in a file, a forgotten row and a
 * month without sales look the same), as are duplicate months, values that are not
 * numbers, negative values and values too large to forecast safely. Problems carry a
 * stable code and parameters, so a screen can translate them; the command line writes
 * them in English (scripts/forecast.ts).
 *
 * History read from the database is different: a month without orders really is zero,
 * and zeroFilled() builds the series that way.
 */

export type SeriesRow = {
  line: number;
  series?: string;
  period?: string;
  value?: string;
  /** cells beyond the header's columns (lib/csv/import.ts): the row is misaligned */
  extraCells?: number;
};

export type InputProblemCode =
  | "ROW_EXTRA_CELLS"
  | "SERIES_MISSING"
  | "PERIOD_MISSING"
  | "PERIOD_INVALID"
  | "VALUE_MISSING"
  | "VALUE_INVALID"
  | "VALUE_NEGATIVE"
  | "VALUE_TOO_LARGE"
  | "PERIOD_DUPLICATE"
  | "PERIOD_GAP";

export type InputProblem = {
  line: number;
  series: string | null;
  code: InputProblemCode;
  params: Record<string, string | number>;
};

/** A complete monthly series: values[i] belongs to the month `start` + i. */
export type MonthlySeries = { key: string; start: Period; values: number[] };

/** Larger values are refused: squared errors and fitted states must stay far from overflow. */
export const MAX_VALUE = 1e12;

/** Plain decimal numbers with a dot ("1200", "12.5", "-3", ".5"); no thousands separators, no "1e3". */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export function collectSeries(rows: readonly SeriesRow[]): { series: MonthlySeries[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const bySeries = new Map<string, { index: number; value: number; line: number }[]>();
  for (const { line, series, period, value, extraCells = 0 } of rows) {
    const report = (code: InputProblemCode, params: Record<string, string | number> = {}) =>
      problems.push({ line, series: series ?? null, code, params });
    if (extraCells) {
      report("ROW_EXTRA_CELLS", { cells: extraCells });
      continue;
    }
    if (!series) report("SERIES_MISSING");
    const index = period ? periodIndex(period) : null;
    if (!period) report("PERIOD_MISSING");
    else if (index === null) report("PERIOD_INVALID", { period });
    let number: number | null = null;
    if (!value) report("VALUE_MISSING");
    else if (!NUMBER.test(value)) report("VALUE_INVALID", { value });
    else if ((number = Number(value)) < 0) report("VALUE_NEGATIVE", { value });
    else if (number > MAX_VALUE) report("VALUE_TOO_LARGE", { value, max: MAX_VALUE });
    if (!series || index === null) continue;
    // A month whose value was refused still counts as present: its row is reported once, not again as a gap.
    const valid = number !== null && number >= 0 && number <= MAX_VALUE;
    const points = bySeries.get(series) ?? [];
    points.push({ index, value: valid ? number! : 0, line });
    bySeries.set(series, points);
  }

  const series: MonthlySeries[] = [];
  for (const [key, points] of bySeries) {
    const sorted = [...points].sort((a, b) => a.index - b.index || a.line - b.line);
    let complete = true;
    for (let i = 1; i < sorted.length; i++) {
      const previous = sorted[i - 1]!;
      const current = sorted[i]!;
      if (current.index === previous.index) {
        complete = false;
        problems.push({
          line: current.line,
          series: key,
          code: "PERIOD_DUPLICATE",
          params: { period: periodOf(current.index), firstLine: previous.line },
        });
      } else if (current.index > previous.index + 1) {
        complete = false;
        problems.push({
          line: current.line,
          series: key,
          code: "PERIOD_GAP",
          params: {
            from: periodOf(previous.index + 1),
            to: periodOf(current.index - 1),
            months: current.index - previous.index - 1,
          },
        });
      }
    }
    if (complete) series.push({ key, start: periodOf(sorted[0]!.index), values: sorted.map((point) => point.value) });
  }
  problems.sort((a, b) => a.line - b.line);
  return { series: problems.length ? [] : series, problems };
}

/**
 * A monthly series from `from` to `to` (inclusive) where months absent from `points`
 * are zero — for history aggregated from orders, where no order means no sales. Points
 * outside the range are ignored; several points of one month add up.
 */
export function zeroFilled(points: readonly { period: Period; value: number }[], from: Period, to: Period): number[] {
  const first = periodIndex(from);
  const last = periodIndex(to);
  if (first === null || last === null || last < first)
    throw new RangeError(`Not a range of YYYY-MM periods: ${from}…${to}`);
  const values = new Array<number>(last - first + 1).fill(0);
  for (const { period, value } of points) {
    const index = periodIndex(period);
    if (index !== null && index >= first && index <= last) values[index - first]! += value;
  }
  return values;
}
