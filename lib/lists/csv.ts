import "server-only";
import { once } from "node:events";
import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { logger } from "@/lib/log";

/** A cell as the export writes it; dates become ISO 8601 (UTC), null an empty cell. */
export type CsvValue = string | number | Date | null | undefined;
export type CsvColumn<T> = { header: string; value: (row: T) => CsvValue };

/** Rows fetched per query while exporting: bounded memory, short transactions. */
export const EXPORT_BATCH = 500;

/**
 * Pages through a list for export, one short scoped transaction per batch, until a short
 * batch. Services pass `asOf` (the export's start) into their filter so rows created while
 * the file streams cannot shift later batches.
 */
export async function* inBatches<T>(
  fetch: (window: { skip: number; take: number }) => Promise<T[]>,
  size = EXPORT_BATCH,
) {
  for (let skip = 0; ; skip += size) {
    const rows = await fetch({ skip, take: size });
    yield* rows;
    if (rows.length < size) return;
  }
}

/**
 * Streams rows as RFC 4180 CSV (CRLF, UTF-8 with a byte-order mark so spreadsheet apps
 * read accents right). Cells starting with = + - @ tab or CR get a leading apostrophe
 * (csv-stringify's `escape_formulas`; numbers are left alone), so a partner named
 * `=HYPERLINK(…)` cannot become a formula in the recipient's spreadsheet.
 */
export function csvStream<T>(columns: CsvColumn<T>[], rows: AsyncIterable<T>): ReadableStream<Uint8Array> {
  // Fields holding a line break are quoted however it is spelled (a lone CR or LF too).
  const stringifier = stringify({
    bom: true,
    record_delimiter: "windows",
    escape_formulas: true,
    quoted_match: /[\r\n]/,
  });
  void (async () => {
    try {
      stringifier.write(columns.map((column) => column.header));
      for await (const row of rows) {
        const record = columns.map((column) => cell(column.value(row)));
        if (!stringifier.write(record)) await once(stringifier, "drain");
      }
      stringifier.end();
    } catch (error) {
      // The response has started: all we can do is cut it short (the client sees a failed
      // download, never a truncated file presented as complete) and log why.
      logger.error({ err: error }, "csv export failed");
      stringifier.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return Readable.toWeb(stringifier) as ReadableStream<Uint8Array>;
}

function cell(value: CsvValue): string | number {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  return value;
}

/** A download response: `name-YYYY-MM-DD.csv`, never cached. */
export function csvResponse(basename: string, body: ReadableStream<Uint8Array>): Response {
  const date = new Date().toISOString().slice(0, 10);
  const filename = `${basename.replace(/[^a-z0-9-]/gi, "-")}-${date}.csv`;
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
