import type { CsvColumn } from "@/lib/lists/csv";
import { toDecimalString } from "@/lib/money";
import type { OpportunityListItem, RegistrationListItem } from "./types";

/** Column words of an export, in the reader's language (a next-intl translator fits). */
type Words = (key: string) => string;

/** The registrations export: the list's columns, amounts as decimals beside their currency. */
export function registrationCsvColumns(t: Words, statuses: Words, vendor: boolean): CsvColumn<RegistrationListItem>[] {
  return [
    { header: "ID", value: (row) => row.id },
    { header: t("customer"), value: (row) => row.customerName },
    { header: t("deal"), value: (row) => row.title },
    ...(vendor ? [{ header: t("partner"), value: (row: RegistrationListItem) => row.partner.name }] : []),
    { header: t("status"), value: (row) => statuses(row.status) },
    { header: t("amount"), value: (row) => toDecimalString(row.amountMinor, row.currency) },
    { header: t("currency"), value: (row) => row.currency },
    { header: t("close"), value: (row) => row.expectedCloseOn },
    { header: t("protection"), value: (row) => row.protectedUntil },
    ...(vendor ? [{ header: t("evidenceCount"), value: (row: RegistrationListItem) => row.evidence }] : []),
    { header: t("created"), value: (row) => row.createdAt },
  ];
}

/** The pipeline table's export. */
export function opportunityCsvColumns(t: Words, statuses: Words, vendor: boolean): CsvColumn<OpportunityListItem>[] {
  return [
    { header: "ID", value: (row) => row.id },
    { header: t("customer"), value: (row) => row.customerName },
    { header: t("deal"), value: (row) => row.name },
    ...(vendor ? [{ header: t("partner"), value: (row: OpportunityListItem) => row.partner?.name ?? t("direct") }] : []),
    { header: t("stage"), value: (row) => row.stage.name },
    { header: t("probability"), value: (row) => row.stage.probability },
    { header: t("status"), value: (row) => statuses(row.status) },
    { header: t("amount"), value: (row) => toDecimalString(row.amountMinor, row.currency) },
    { header: t("currency"), value: (row) => row.currency },
    { header: t("close"), value: (row) => row.closeOn },
    ...(vendor
      ? [
          { header: t("territory"), value: (row: OpportunityListItem) => row.territory?.path ?? "" },
          { header: t("rep"), value: (row: OpportunityListItem) => row.rep?.name ?? "" },
        ]
      : []),
    { header: t("created"), value: (row) => row.createdAt },
  ];
}
