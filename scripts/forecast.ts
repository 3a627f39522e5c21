/**
 * `npm run forecast -- --input series.csv --horizon 12 --output forecast.csv`: the
 * statistical engine (lib/forecast/engine) from the command line. Reads history in long
 * format, refuses a file with any problem (a row-by-row report, nothing written), and
 * writes each series' forecast with its interval and the method that made it.
 * Exit status: 0 written, 1 the file has problems, 2 the arguments are wrong.
 */
import { readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { readCsvImport } from "@/lib/csv/import";
import { AppError } from "@/lib/errors";
import { DEFAULT_LEVEL, MAX_HORIZON, forecastSeries } from "@/lib/forecast/engine/forecast";
import { collectSeries } from "@/lib/forecast/engine/input";
import { addMonths } from "@/lib/forecast/engine/period";
import { describeFileError, describeProblem } from "./forecast/messages";

const USAGE = `Usage: npm run forecast -- --input <file> --output <file> [--horizon <months>] [--level <percent>]

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

const MAX_REPORTED = 50;

class UsageError extends Error {}

function wholeNumber(text: string, name: string, min: number, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${text}".`);
  return Number(text);
}

function readArguments(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
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

async function readInput(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(`The input file ${file} does not exist.`);
    if (code === "EISDIR") throw new UsageError(`The input ${file} is a folder, not a file.`);
    throw new UsageError(`The input file ${file} cannot be read (${code ?? "unknown error"}).`);
  }
}

async function checkOutputFolder(file: string): Promise<void> {
  const folder = path.dirname(path.resolve(file));
  const info = await stat(folder).catch(() => null);
  if (!info?.isDirectory()) throw new UsageError(`The folder of the output file, ${folder}, does not exist.`);
}

const cell = z.string().optional();
const COLUMNS = [
  { key: "series", headers: ["series", "serie"], required: true },
  { key: "period", headers: ["period", "periodo", "month", "mes"], required: true },
  { key: "value", headers: ["value", "valor"], required: true },
] as const;

/** 4 decimals at most, no trailing zeros: the same text for the same number, run after run. */
const formatNumber = (value: number) => String(Number(value.toFixed(4)));

async function run(argv: string[]): Promise<number> {
  const args = readArguments(argv);
  if (!args) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const bytes = await readInput(args.input);
  await checkOutputFolder(args.output);

  let file;
  try {
    file = await readCsvImport(bytes, {
      columns: COLUMNS,
      schema: z.object({ series: cell, period: cell, value: cell }),
      maxBytes: 256 * 1024 * 1024,
      maxRows: 2_000_000,
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    process.stderr.write(`${args.output} not written: ${describeFileError(error)}\n`);
    return 1;
  }
  if (file.ignoredHeaders.length) process.stderr.write(`Ignored columns: ${file.ignoredHeaders.join(", ")}\n`);
  if (!file.total) {
    process.stderr.write(`${args.output} not written: ${args.input} has a header line but no rows.\n`);
    return 1;
  }

  const { series, problems } = collectSeries(file.rows.map(({ line, data, extraCells }) => ({ line, extraCells, ...data })));
  if (problems.length) {
    const lines = problems.slice(0, MAX_REPORTED).map((problem) => `  ${describeProblem(problem)}`);
    if (problems.length > MAX_REPORTED) lines.push(`  … and ${problems.length - MAX_REPORTED} more`);
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    process.stderr.write(`${args.output} not written: ${count} in ${args.input}:\n${lines.join("\n")}\n`);
    return 1;
  }

  const records: string[][] = [];
  const methods = new Map<string, number>();
  for (const { key, start, values } of series) {
    const result = forecastSeries(values, { horizon: args.horizon, level: args.level });
    const family = result.method.replace(/\(.*$/, "");
    methods.set(family, (methods.get(family) ?? 0) + 1);
    result.forecast.forEach((value, i) =>
      records.push([
        key,
        addMonths(start, values.length + i),
        formatNumber(value),
        formatNumber(result.lower[i]!),
        formatNumber(result.upper[i]!),
        result.method,
      ]),
    );
  }
  const text = stringify(records, { header: true, columns: ["series", "period", "forecast", "lower", "upper", "method"] });
  // Written beside the target and renamed: a reader never sees half a file.
  const partial = `${args.output}.${process.pid}.partial`;
  await writeFile(partial, text);
  await rename(partial, args.output);
  const used = [...methods].map(([name, count]) => `${name} ${count}`).join(", ");
  process.stdout.write(
    `Wrote ${series.length} series × ${args.horizon} months to ${args.output} (${args.level * 100} % intervals; methods: ${used}).\n`,
  );
  return 0;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\nRun with --help for usage.\n`);
      process.exit(2);
    }
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(70);
  },
);
