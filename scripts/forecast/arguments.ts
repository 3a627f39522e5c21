/** The command line's arguments and files, checked before any work (scripts/forecast.ts). */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_LEVEL, MAX_HORIZON } from "@/lib/forecast/engine/forecast";

export const USAGE = `Usage: npm run forecast -- --input <file> --output <file> [--horizon <months>] [--level <percent>]

Forecasts every series of a CSV file of monthly history.

Input: CSV with the columns series, period, value (any order; "serie", "periodo",
"valor" also accepted; comma, semicolon or tab separated; UTF-8 or Windows-1252):
    series,period,value
    north-widgets,2024-01,120
    north-widgets,2024-02,95
Periods are months written YYYY-MM. Every series needs one row per month from its first
month to its last, without gaps (write 0 for a month without sales); values are
non-negative numbers with a dot for decimals.

Output: CSV with the columns series, period, forecast, lower, upper, method: the
<horizon> months after each series' last month, the bounds of the prediction interval,
and the method the backtest chose (docs/forecasting.md explains them).

Options:
  --input <file>       the history (required)
  --output <file>      where to write the forecasts (required; replaced if it exists)
  --horizon <months>   months to forecast, 1 to ${MAX_HORIZON} (default 12)
  --level <percent>    coverage of the prediction interval, 50 to 99 (default ${DEFAULT_LEVEL * 100})
  --help               show this text

Exit status: 0 forecasts written; 1 the file has problems (each listed, nothing
written); 2 wrong arguments.`;

export class UsageError extends Error {}

function wholeNumber(text: string, name: string, min: number, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${text}".`);
  return Number(text);
}

/**
 * `--horizon -1`: parseArgs takes a value starting with a dash for a forgotten value and
 * stops with "argument is ambiguous"; a negative number is meant as the value, so it is
 * passed as `--horizon=-1` and refused by the range check with the value named.
 */
function joinNegativeValues(argv: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1];
    if (/^--(horizon|level)$/.test(argv[i]!) && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${argv[i]}=${next}`);
      i++;
    } else joined.push(argv[i]!);
  }
  return joined;
}

export function readArguments(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: joinNegativeValues(argv),
      options: {
        input: { type: "string" },
        output: { type: "string" },
        horizon: { type: "string", default: "12" },
        level: { type: "string", default: String(DEFAULT_LEVEL * 100) },
        help: { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0]!);
  }
  if (values.help) return null;
  if (!values.input) throw new UsageError("--input is required: the CSV file with the history.");
  if (!values.output) throw new UsageError("--output is required: the CSV file to write the forecasts to.");
  if (path.resolve(values.input) === path.resolve(values.output))
    throw new UsageError("--output must not be the input file.");
  return {
    input: values.input,
    output: values.output,
    horizon: wholeNumber(values.horizon, "horizon", 1, MAX_HORIZON),
    level: wholeNumber(values.level, "level", 50, 99) / 100,
  };
}

export async function readInput(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(`The input file ${file} does not exist.`);
    if (code === "EISDIR") throw new UsageError(`The input ${file} is a folder, not a file.`);
    throw new UsageError(`The input file ${file} cannot be read (${code ?? "unknown error"}).`);
  }
}

export async function checkOutputFolder(file: string): Promise<void> {
  const folder = path.dirname(path.resolve(file));
  const info = await stat(folder).catch(() => null);
  if (!info?.isDirectory()) throw new UsageError(`The folder of the output file, ${folder}, does not exist.`);
}
