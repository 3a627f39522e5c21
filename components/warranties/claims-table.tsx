import Link from "@/components/ui/link";
import { useFormatter, useTranslations } from "next-intl";
import { DataTable, type DataTableFilter, type DataTableState } from "@/components/ui/data-table";
import { CLAIM_STATUSES } from "@/lib/warranties/lifecycle";
import type { ClaimRow } from "@/lib/warranties/list";
import { claimNumberText } from "@/lib/warranties/schema";
import { ClaimStatusBadge } from "./badges";

export type ClaimsTableProps = {
  rows: ClaimRow[];
  state: DataTableState;
  /** `/<tenant>/admin/warranties/claims` or `/<tenant>/portal/warranties/claims` */
  basePath: string;
  timeZone: string;
  empty: React.ReactNode;
  vendor?: { partners: { value: string; label: string }[] };
};

/** Warranty claims: the vendor's queue, or a partner's own claims. */
export function ClaimsTable({ rows, state, basePath, timeZone, empty, vendor }: ClaimsTableProps) {
  const t = useTranslations("warranties.table");
  const statuses = useTranslations("warranties.claimStatus");
  const format = useFormatter();
  const filters: DataTableFilter[] = [
    { id: "q", kind: "search", label: t("filters.claimSearch"), placeholder: "WC-000001" },
    { id: "status", kind: "select", label: t("filters.status"), allLabel: t("filters.allStatuses"), options: CLAIM_STATUSES.map((value) => ({ value, label: statuses(value) })) },
    ...(vendor ? [{ id: "partner", kind: "select" as const, label: t("filters.partner"), allLabel: t("filters.allPartners"), options: vendor.partners }] : []),
  ];
  const when = (date: Date) => <time dateTime={date.toISOString()}>{format.dateTime(date, { dateStyle: "medium", timeZone })}</time>;
  return (
    <DataTable
      label={t("claimsLabel")}
      state={state}
      empty={empty}
      noMatch={{ title: t("noMatch.title"), description: t("noMatch.description") }}
      filters={filters}
      columns={[
        { id: "number", header: t("number"), sortable: true, className: "whitespace-nowrap" },
        { id: "status", header: t("status") },
        { id: "serial", header: t("serial"), className: "whitespace-nowrap" },
        ...(vendor ? [{ id: "partner", header: t("partner"), wrap: true }] : []),
        { id: "failure", header: t("failure"), priority: "secondary" as const },
        { id: "created", header: t("filed"), sortable: true, priority: "secondary" as const, className: "whitespace-nowrap" },
        { id: "due", header: t("due"), priority: "secondary" as const, className: "whitespace-nowrap" },
      ]}
      rows={rows.map((row) => ({
        id: row.id,
        label: claimNumberText(row.number),
        cells: {
          number: (
            <Link href={`${basePath}/${row.id}`} className="rounded font-medium text-brand-800 underline-offset-4 hover:underline">
              {claimNumberText(row.number)}
            </Link>
          ),
          status: <ClaimStatusBadge status={row.status} />,
          serial: row.serial,
          partner: row.partner.name,
          failure: row.failureCode,
          created: when(row.createdAt),
          due: row.dueAt ? when(row.dueAt) : "—",
        },
      }))}
    />
  );
}
