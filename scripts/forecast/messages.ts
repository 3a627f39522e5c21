import type { AppError } from "@/lib/errors";
import type { InputProblem } from "@/lib/forecast/engine/input";

/** The command line's English wording of input problems (a screen translates the codes instead). */

const ZERO_HINT = "write 0 for a month without sales";

function text(problem: InputProblem): string {
  const p = problem.params;
  switch (problem.code) {
    case "ROW_EXTRA_CELLS":
      return `the row has more cells than the header names (a comma in a number? use a dot for decimals)`;
    case "SERIES_MISSING":
      return "the series name is empty";
    case "PERIOD_MISSING":
      return "the period is empty";
    case "PERIOD_INVALID":
      return `period "${p.period}" is not a month written YYYY-MM (for example 2024-03)`;
    case "VALUE_MISSING":
      return `the value is empty (${ZERO_HINT})`;
    case "VALUE_INVALID":
      return `value "${p.value}" is not a number (use a dot for decimals and no thousands separators)`;
    case "VALUE_NEGATIVE":
      return `value ${p.value} is negative`;
    case "VALUE_TOO_LARGE":
      return `value ${p.value} is larger than ${Number(p.max).toLocaleString("en")}`;
    case "PERIOD_DUPLICATE":
      return `${p.period} appears twice (also on line ${p.firstLine})`;
    case "PERIOD_GAP":
      return p.months === 1
        ? `the month before this row, ${p.from}, is missing (${ZERO_HINT})`
        : `the ${p.months} months before this row, ${p.from} to ${p.to}, are missing (${ZERO_HINT})`;
  }
}

export function describeProblem(problem: InputProblem): string {
  const where = problem.series ? `line ${problem.line} (series "${problem.series}")` : `line ${problem.line}`;
  return `${where}: ${text(problem)}`;
}

/** Problems with the whole file, from the shared CSV reader (lib/csv/import.ts). */
export function describeFileError(error: AppError): string {
  const params = error.params ?? {};
  switch (error.code) {
    case "CSV_EMPTY":
      return "the file is empty; its first line must name the columns series, period and value.";
    case "CSV_UNREADABLE":
      return `the file cannot be read as CSV (line ${params.line}).`;
    case "CSV_MISSING_COLUMNS":
      return `the file has no column for: ${params.columns}. Its first line must name the columns series, period and value.`;
    case "CSV_TOO_LARGE":
      return `the file is larger than ${params.max} MB; split it.`;
    case "CSV_TOO_MANY_ROWS":
      return `the file has more than ${params.max} rows; split it.`;
    default:
      return error.message;
  }
}
