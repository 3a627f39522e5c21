/**
 * `npm run forecast -- --input series.csv --horizon 12 --output forecast.csv`: the
 * statistical engine (lib/forecast/engine) from the command line. Reads history in long
 * format, refuses a file with any problem (a row-by-row report, nothing written), and
 * writes each series' forecast with its interval and the method that made it.
 * Exit status: 0 written, 1 the file has problems, 2 the arguments are wrong.
 */
import { rename, writeFile } from "node:fs/promises";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { readCsvImport } from "@/lib/csv/import";
import { AppError } from "@/lib/errors";
import { forecastSeries } from "@/lib/forecast/engine/forecast";
import { collectSeries } from "@/lib/forecast/engine/input";
import { addMonths } from "@/lib/forecast/engine/period";
import { USAGE, UsageError, checkOutputFolder, readArguments, readInput } from "./forecast/arguments";
import { describeFileError, describeProblem } from "./forecast/messages";

const cell = z.string().optional();
const COLUMNS = [
  { key: "series", headers: ["series", "serie"], required: true },
  { key: "period", headers: ["period", "periodo", "month", "mes"], required: true },
  { key: "value", headers: ["value", "valor"], required: true },
] as const;

const MAX_REPORTED = 50;

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

  const { series, problems } = collectSeries(
    file.rows.map(({ line, data, extraCells }) => ({ line, extraCells, ...data })),
  );
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
  const text = stringify(records, {
    header: true,
    columns: ["series", "period", "forecast", "lower", "upper", "method"],
  });
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
