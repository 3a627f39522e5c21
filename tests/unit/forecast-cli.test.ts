/**
 * `npm run forecast` end to end: the script is spawned on temporary CSV files, as a user
 * would run it, and its output file, messages and exit status are checked. The argument
 * checks are also called directly (each spawn costs a second of CPU).
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSeries, seededRandom } from "@/lib/forecast/engine/synthetic";
import { UsageError, checkOutputFolder, readArguments, readInput } from "@/scripts/forecast/arguments";

const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
let folder: string;

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, ["scripts/forecast.ts", ...args], { cwd: root }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}
const file = (name: string) => path.join(folder, name);

/** Two series of three years from 2023-01: a trend and an intermittent one. */
function goodCsv(): string {
  const lines = ["series,period,value"];
  const shapes = [
    ["north-widgets", "trend"],
    ["spare-parts", "intermittent"],
  ] as const;
  shapes.forEach(([name, shape], i) =>
    generateSeries(shape, seededRandom(10 + i), { length: 36 }).forEach((value, t) =>
      lines.push(`${name},${2023 + Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, "0")},${value}`),
    ),
  );
  return `${lines.join("\n")}\n`;
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "canal-forecast-"));
  await writeFile(file("good.csv"), goodCsv());
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe("npm run forecast", () => {
  it("writes each series' forecast with its interval and method, the same bytes every run", async () => {
    const [first, second] = await Promise.all([
      run("--input", file("good.csv"), "--horizon", "12", "--output", file("a.csv")),
      run("--input", file("good.csv"), "--horizon", "12", "--output", file("b.csv")),
    ]);
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toMatch(/^Wrote 2 series × 12 months to .*a\.csv \(80 % intervals; methods: /);
    const text = await readFile(file("a.csv"), "utf8");
    expect(second.code).toBe(0);
    expect(await readFile(file("b.csv"), "utf8")).toBe(text);

    const [header, ...rows] = parse(text) as string[][];
    expect(header).toEqual(["series", "period", "forecast", "lower", "upper", "method"]);
    expect(rows).toHaveLength(24);
    expect(rows.slice(0, 12).map((row) => row[1])).toEqual(
      Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`),
    );
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set(["north-widgets", "spare-parts"]));
    for (const [, , forecast, lower, upper, method] of rows) {
      const [value, low, high] = [forecast, lower, upper].map(Number) as [number, number, number];
      for (const number of [value, low, high]) expect(Number.isFinite(number)).toBe(true);
      expect(low).toBeLessThanOrEqual(value);
      expect(value).toBeLessThanOrEqual(high);
      expect(method).toMatch(/^(naive|seasonal_naive|ets\(|theta|croston|sba|combination\()/);
    }
  });

  it("takes Spanish headers, semicolons and a horizon and level of choice", async () => {
    await writeFile(file("es.csv"), "Serie;Periodo;Valor\nA;2024-01;10\nA;2024-02;12.5\nA;2024-03;11\nA;2024-04;14\n");
    const result = await run(
      "--input",
      file("es.csv"),
      "--output",
      file("es-out.csv"),
      "--horizon",
      "3",
      "--level",
      "95",
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("95 % intervals");
    const rows = (parse(await readFile(file("es-out.csv"), "utf8")) as string[][]).slice(1);
    expect(rows.map((row) => row[1])).toEqual(["2024-05", "2024-06", "2024-07"]);
  });

  it("refuses a file with bad rows: each reported by line, nothing written, the old output kept", async () => {
    await writeFile(
      file("bad.csv"),
      [
        "series,period,value",
        "A,2024-01,10",
        "A,2024-03,12", // 2024-02 missing
        "A,2024-03,11", // duplicate
        "A,2024-13,15",
        "B,2024-01,abc",
        "B,2024-02,-3",
        "B,2024-03,12,5",
        ",2024-04,1",
      ].join("\n"),
    );
    await writeFile(file("kept.csv"), "old forecasts\n");
    const result = await run("--input", file("bad.csv"), "--output", file("kept.csv"));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("not written: 7 problems in");
    for (const expected of [
      'line 3 (series "A"): the month before this row, 2024-02, is missing (write 0 for a month without sales)',
      'line 4 (series "A"): 2024-03 appears twice (also on line 3)',
      'line 5 (series "A"): period "2024-13" is not a month written YYYY-MM (for example 2024-03)',
      'line 6 (series "B"): value "abc" is not a number (use a dot for decimals and no thousands separators)',
      'line 7 (series "B"): value -3 is negative',
      'line 8 (series "B"): the row has more cells than the header names',
      "line 9: the series name is empty",
    ])
      expect(result.stderr).toContain(expected);
    expect(await readFile(file("kept.csv"), "utf8")).toBe("old forecasts\n");
  });

  it("refuses wrong columns and an empty file", async () => {
    await writeFile(file("columns.csv"), "name,month,amount\nA,2024-01,1\n");
    await writeFile(file("empty.csv"), "");
    const [columns, empty] = await Promise.all([
      run("--input", file("columns.csv"), "--output", file("x.csv")),
      run("--input", file("empty.csv"), "--output", file("x.csv")),
    ]);
    expect(columns.code).toBe(1);
    expect(columns.stderr).toContain("the file has no column for: series, value.");
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain("the file is empty");
  });

  it("explains wrong arguments with exit status 2, and prints its usage on --help", async () => {
    const [wrong, help] = await Promise.all([
      run("--input", file("good.csv"), "--output", file("x.csv"), "--horizon", "37"),
      run("--help"),
    ]);
    expect(wrong).toMatchObject({ code: 2, stdout: "" });
    expect(wrong.stderr).toBe('--horizon must be a whole number from 1 to 36, got "37".\nRun with --help for usage.\n');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: npm run forecast -- --input <file> --output <file>");
    expect(help.stdout).toContain("--horizon <months>   months to forecast, 1 to 36 (default 12)");
  });
});

describe("the command line's argument checks", () => {
  const good = () => ["--input", file("good.csv"), "--output", file("x.csv")];
  const messageOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      return (error as Error).message;
    }
    throw new Error("no usage error");
  };

  it("reads the options, with a 12-month horizon and 80 % intervals by default", () => {
    expect(readArguments(good())).toEqual({ input: file("good.csv"), output: file("x.csv"), horizon: 12, level: 0.8 });
    expect(readArguments([...good(), "--horizon", "36", "--level", "95"])).toMatchObject({ horizon: 36, level: 0.95 });
    expect(readArguments(["--help"])).toBeNull();
  });

  it.each([
    [["--horizon", "0"], '--horizon must be a whole number from 1 to 36, got "0".'],
    [["--horizon", "twelve"], '--horizon must be a whole number from 1 to 36, got "twelve".'],
    [["--horizon", "1.5"], '--horizon must be a whole number from 1 to 36, got "1.5".'],
    [["--horizon", "-1"], '--horizon must be a whole number from 1 to 36, got "-1".'],
    [["--level", "-80"], '--level must be a whole number from 50 to 99, got "-80".'],
    [["--level", "100"], '--level must be a whole number from 50 to 99, got "100".'],
    [["--bogus"], "Unknown option '--bogus'"],
  ])("refuses %j", (extra, message) => {
    expect(messageOf(() => readArguments([...good(), ...extra]))).toContain(message);
  });

  it("needs an input and an output that differ", () => {
    expect(messageOf(() => readArguments(["--output", "x.csv"]))).toBe(
      "--input is required: the CSV file with the history.",
    );
    expect(messageOf(() => readArguments(["--input", "a.csv"]))).toBe(
      "--output is required: the CSV file to write the forecasts to.",
    );
    expect(messageOf(() => readArguments(["--input", "a.csv", "--output", "./a.csv"]))).toBe(
      "--output must not be the input file.",
    );
  });

  it("checks that the input exists and the output's folder does", async () => {
    await expect(readInput(file("missing.csv"))).rejects.toThrow(
      `The input file ${file("missing.csv")} does not exist.`,
    );
    await expect(readInput(folder)).rejects.toThrow(`The input ${folder} is a folder, not a file.`);
    await expect(checkOutputFolder(path.join(folder, "none", "x.csv"))).rejects.toThrow(
      `The folder of the output file, ${path.join(folder, "none")}, does not exist.`,
    );
    await expect(checkOutputFolder(file("x.csv"))).resolves.toBeUndefined();
  });
});
