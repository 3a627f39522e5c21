import Link from "@/components/ui/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { DataTable, type DataTableFilter, type DataTableState } from "@/components/ui/data-table";
import { money } from "@/components/pricing/money";
import { INVOICE_STATUSES, invoiceNumberText } from "@/lib/invoicing/schema";
import type { InvoiceListItem } from "@/lib/invoicing/types";
import { InvoiceStatusBadge } from "./status-badge";

export type InvoicesTableProps = {
  rows: InvoiceListItem[];
  state: DataTableState;
  /** `/<tenant>/admin/invoices` or `/<tenant>/portal/invoices` */
  basePath: string;
  empty: React.ReactNode;
  /** Back office: the partner column and filter. */
  vendor?: { partners: { value: string; label: string }[] };
};

/** Invoices: number, partner, dates, total, open balance and status (overdue included). */
export function InvoicesTable({ rows, state, basePath, empty, vendor }: InvoicesTableProps) {
  const t = useTranslations("invoicing.table");
  const statuses = useTranslations("invoicing.status");
  const format = useFormatter();
  const locale = useLocale();
  const filters: DataTableFilter[] = [
    { id: "q", kind: "search", label: t("filters.search"), placeholder: t("filters.searchPlaceholder") },
    { id: "status", kind: "select", label: t("filters.status"), allLabel: t("filters.allStatuses"), options: INVOICE_STATUSES.map((value) => ({ value, label: statuses(value) })) },
    ...(vendor ? [{ id: "partner", kind: "select" as const, label: t("filters.partner"), allLabel: t("filters.allPartners"), options: vendor.partners }] : []),
  ];
  // dates are calendar days (stored at UTC midnight): shown as such, whatever the reader's zone
  const day = (date: Date) => <time dateTime={date.toISOString().slice(0, 10)}>{format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" })}</time>;
  return (
    <DataTable
      label={t("label")}
      state={state}
      empty={empty}
      noMatch={{ title: t("noMatch.title"), description: t("noMatch.description") }}
      filters={filters}
      columns={[
        { id: "number", header: t("number"), sortable: true, className: "whitespace-nowrap" },
        ...(vendor ? [{ id: "partner", header: t("partner"), wrap: true }] : []),
        { id: "status", header: t("status") },
        { id: "total", header: t("total"), align: "right" as const, priority: "secondary" as const },
        { id: "balance", header: t("balance"), align: "right" as const, phoneLabel: true },
        { id: "issued", header: t("issued"), sortable: true, priority: "secondary" as const, className: "whitespace-nowrap" },
        { id: "due", header: t("due"), sortable: true, className: "whitespace-nowrap" },
      ]}
      rows={rows.map((row) => {
        const name = invoiceNumberText(row.number);
        return {
          id: row.id,
          label: name,
          cells: {
            number: (
              <Link href={`${basePath}/${row.id}`} className="rounded font-medium text-brand-800 underline-offset-4 hover:underline">
                {name}
              </Link>
            ),
            partner: row.partner.name,
            status: <InvoiceStatusBadge status={row.status} />,
            total: money(row.totalMinor, row.currency, locale),
            balance: money(row.balanceMinor, row.currency, locale),
            issued: day(row.issueDate),
            due: day(row.dueDate),
          },
        };
      })}
    />
  );
}
