import type { CsvColumn } from "@/lib/lists/csv";
import { toDecimalString } from "@/lib/money";
import { orderNumberText } from "./schema";
import type { OrderListItem } from "./types";

/** Column words of an export, in the reader's language (a next-intl translator fits). */
type Words = (key: string) => string;

/** The order queue's export: the table's columns and the filters' fields, totals as decimals beside their currency. */
export function orderCsvColumns(t: Words, statuses: Words): CsvColumn<OrderListItem>[] {
  return [
    { header: t("number"), value: (row) => (row.number === null ? "" : orderNumberText(row.number)) },
    { header: "ID", value: (row) => row.id },
    { header: t("partner"), value: (row) => row.partner.name },
    { header: t("status"), value: (row) => statuses(row.status) },
    { header: t("urgent"), value: (row) => (row.priority ? t("yes") : "") },
    { header: t("total"), value: (row) => toDecimalString(row.totalMinor, row.currency) },
    { header: t("currency"), value: (row) => row.currency },
    { header: t("po"), value: (row) => row.poNumber },
    { header: t("requested"), value: (row) => row.requestedDate },
    { header: t("backordered"), value: (row) => row.backorderedUnits },
    { header: t("submitted"), value: (row) => row.submittedAt },
  ];
}
