import { parse } from "csv-parse/sync";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { issueField } from "@/lib/i18n/validation";

/**
 * Reading a CSV file for import, the same way for every module (accounts, products, price
 * lists, serial numbers…): size and row caps, UTF-8 or the Windows code page spreadsheets
 * still save, comma / semicolon / tab detected, headers matched by name in either language,
 * every row checked by the module's zod schema, and a row-by-row report. Nothing is written
 * here: the service validates everything first, then writes the good rows (or none) in one
 * transaction, so an import is never half-done.
 */

export type ImportColumn = {
  /** key in the parsed row handed to the schema */
  key: string;
  /** header names accepted for it (any case, accents and spacing), e.g. ["tax id", "nif", "cif"] */
  headers: readonly string[];
  required?: boolean;
};

export type ImportProblem = {
  /** line in the file (the header is line 1) */
  line: number;
  /** header of the offending column as written in the file, or null for the whole row */
  column: string | null;
  /** a message key ("validation.email") or a ready text (zod's own, in the reader's language) */
  message: string;
};

export type ImportRow<T> = {
  line: number;
  data: T;
  /** non-empty cells past the header's last column: a stray delimiter (a decimal comma, say) shifted the row */
  extraCells: number;
};

export type ImportFile<T> = {
  rows: ImportRow<T>[];
  problems: ImportProblem[];
  /** data rows read (blank lines skipped) */
  total: number;
  /** headers of the file that no column uses (shown as "ignored") */
  ignoredHeaders: string[];
  /** column key → its header as written in the file, for problems the service finds later */
  headerOf: Record<string, string>;
};

export type ImportSpec<S extends z.ZodType> = {
  columns: readonly ImportColumn[];
  /** validates one row object ({ key: text | undefined }) */
  schema: S;
  maxBytes: number;
  maxRows: number;
  /** zod error map for messages without a key of ours (zodLocaleError(locale)) */
  error?: z.core.$ZodErrorMap;
};

/** "Tax ID", "tax_id", "NIF/CIF " → "tax id", "nif cif": headers compared by their letters. */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** UTF-8 (with or without BOM), else Windows-1252, which Excel uses for "CSV" in Western locales. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** The delimiter used in the header line (outside quotes): comma, semicolon or tab. */
export function detectDelimiter(text: string): "," | ";" | "\t" {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts]++;
  }
  const [best] = (Object.entries(counts) as [keyof typeof counts, number][]).sort((a, b) => b[1] - a[1]);
  return best![1] > 0 ? best![0] : ",";
}

/** Our exports put an apostrophe before cells that look like formulas: take it off again. */
function cellValue(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** Reads and checks a CSV file; throws CSV_* errors for problems with the whole file. */
export async function readCsvImport<S extends z.ZodType>(
  file: Blob | Uint8Array | string,
  spec: ImportSpec<S>,
): Promise<ImportFile<z.output<S>>> {
  const size =
    typeof file === "string" ? Buffer.byteLength(file) : file instanceof Uint8Array ? file.byteLength : file.size;
  if (size > spec.maxBytes)
    throw new AppError("CSV_TOO_LARGE", { params: { max: Math.floor(spec.maxBytes / 1024 / 1024) || 1 } });
  const text =
    typeof file === "string"
      ? file
      : decodeCsv(file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer()));

  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: detectDelimiter(text.replace(/^\uFEFF/, "")),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      // a line far longer than any real row is an attack or a wrong file
      max_record_size: 64 * 1024,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new AppError("CSV_UNREADABLE", { params: { line: line ?? 1 } });
  }
  const [head, ...body] = records;
  if (!head) throw new AppError("CSV_EMPTY");
  if (body.length > spec.maxRows) throw new AppError("CSV_TOO_MANY_ROWS", { params: { max: spec.maxRows } });

  const headers = head.record.map((h) => h.trim());
  const normalized = headers.map(normalizeHeader);
  const indexOf = new Map<string, number>();
  for (const column of spec.columns) {
    const accepted = new Set(column.headers.map(normalizeHeader));
    const index = normalized.findIndex((h) => accepted.has(h));
    if (index >= 0) indexOf.set(column.key, index);
  }
  const missing = spec.columns.filter((c) => c.required && !indexOf.has(c.key)).map((c) => c.headers[0]!);
  if (missing.length) throw new AppError("CSV_MISSING_COLUMNS", { params: { columns: missing.join(", ") } });
  const used = new Set(indexOf.values());
  const ignoredHeaders = headers.filter((h, i) => h && !used.has(i));
  const headerOf = new Map([...indexOf].map(([key, index]) => [key, headers[index]!]));

  const rows: ImportRow<z.output<S>>[] = [];
  const problems: ImportProblem[] = [];
  for (const { record, info } of body) {
    const line = info.lines;
    const input: Record<string, string | undefined> = {};
    for (const [key, index] of indexOf) input[key] = cellValue(record[index]);
    const parsed = spec.schema.safeParse(input, spec.error ? { error: spec.error } : undefined);
    if (parsed.success) {
      const extraCells = record.slice(headers.length).filter((value) => value.trim()).length;
      rows.push({ line, data: parsed.data, extraCells });
      continue;
    }
    for (const issue of parsed.error.issues) {
      const key = issueField(issue.path).split(".")[0]!;
      problems.push({ line, column: headerOf.get(key) ?? null, message: issue.message });
    }
  }
  return { rows, problems, total: body.length, ignoredHeaders, headerOf: Object.fromEntries(headerOf) };
}
