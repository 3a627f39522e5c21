import type { CsvColumn } from "@/lib/lists/csv";
import { ACCOUNT_IMPORT_COLUMNS } from "./schema";
import type { AccountListItem } from "./types";

type Words = (key: string) => string;

/**
 * The export's columns (back office with the owner, portal without). Cells are written
 * formula-safe by csvStream, so a customer named "=HYPERLINK(…)" stays text.
 */
export function accountCsvColumns(
  words: { table: Words; industry: Words; review: Words; country: (code: string | null) => string | null },
  withOwner: boolean,
): CsvColumn<AccountListItem>[] {
  return [
    { header: "ID", value: (row) => row.id },
    { header: words.table("name"), value: (row) => row.name },
    ...(withOwner ? [{ header: words.table("owner"), value: (row: AccountListItem) => row.partner?.name ?? words.table("direct") }] : []),
    { header: words.table("website"), value: (row) => row.domain },
    { header: words.table("country"), value: (row) => words.country(row.country) },
    { header: words.table("region"), value: (row) => row.region },
    { header: words.table("industry"), value: (row) => (row.industry ? words.industry(row.industry) : null) },
    { header: words.table("territory"), value: (row) => row.territory?.path ?? null },
    { header: words.table("review"), value: (row) => words.review(row.reviewStatus) },
    { header: words.table("created"), value: (row) => row.createdAt },
  ];
}

/** The import template: the accepted headers (first English name of each column) and one example row. */
export function importTemplate(): string {
  const headers = ACCOUNT_IMPORT_COLUMNS.map((c) => c.headers[0]);
  const example = ["Acme Retail S.A. de C.V.", "acme-retail.example", "ARE-010101-AB1", "MX", "Nuevo León", "Monterrey", "64000", "Retail"];
  return `\uFEFF${headers.join(",")}\r\n${example.join(",")}\r\n`;
}
