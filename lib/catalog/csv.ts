import type { CsvColumn } from "@/lib/lists/csv";
import { PRODUCT_IMPORT_COLUMNS } from "./schema";
import type { ProductExportItem } from "./types";

type Words = (key: string) => string;

/**
 * The export's columns, headed in the reader's language with names the import accepts, and
 * units and flags written as words the import reads back: an exported file, edited in a
 * spreadsheet, imports as it is (ID and status are ignored on the way in).
 */
export function productCsvColumns(words: { csv: Words; status: Words; unit: Words; yes: string; no: string }): CsvColumn<ProductExportItem>[] {
  const flag = (value: boolean) => (value ? words.yes : words.no);
  return [
    { header: "ID", value: (row) => row.id },
    { header: words.csv("sku"), value: (row) => row.sku },
    { header: words.csv("nameEn"), value: (row) => row.nameEn },
    { header: words.csv("nameEs"), value: (row) => row.nameEs },
    { header: words.csv("descriptionEn"), value: (row) => row.descriptionEn },
    { header: words.csv("descriptionEs"), value: (row) => row.descriptionEs },
    { header: words.csv("status"), value: (row) => words.status(row.status) },
    { header: words.csv("brand"), value: (row) => row.brand?.name ?? null },
    { header: words.csv("family"), value: (row) => row.family?.nameEn ?? null },
    { header: words.csv("unit"), value: (row) => words.unit(row.unit) },
    { header: words.csv("packSize"), value: (row) => row.packSize },
    { header: words.csv("serialTracked"), value: (row) => flag(row.serialTracked) },
    { header: words.csv("configurable"), value: (row) => flag(row.configurable) },
    { header: words.csv("created"), value: (row) => row.createdAt },
  ];
}

/** The import template: the accepted headers (first English name of each column) and one example row. */
export function productImportTemplate(): string {
  const headers = PRODUCT_IMPORT_COLUMNS.map((c) => c.headers[0]);
  const example = ["RTR-500", "Edge router 500", "Enrutador de borde 500", "Dual-WAN router for branch offices", "Enrutador doble WAN para sucursales", "Northwind", "Routers", "Each", "1", "yes", "no", "USD", "180.00", "210.00"];
  return `\uFEFF${headers.join(",")}\r\n${example.join(",")}\r\n`;
}
