import Link from "@/components/ui/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { countryName } from "@/components/backoffice/country";
import { DataTable, type DataTableFilter, type DataTableState } from "@/components/ui/data-table";
import { REVIEW_STATUSES } from "@/lib/accounts/schema";
import type { AccountListItem } from "@/lib/accounts/types";
import { ReviewBadge } from "./review-badge";

export type AccountsTableProps = {
  rows: AccountListItem[];
  state: DataTableState;
  basePath: string;
  timeZone: string;
  empty: React.ReactNode;
  /** Back office: filter by owner (partners + direct) and territory; the portal has neither. */
  vendor?: { owners: { value: string; label: string }[]; territories: { value: string; label: string }[] };
};

/** An account list: the back office's (every owner) or a partner's own. */
export function AccountsTable({ rows, state, basePath, timeZone, empty, vendor }: AccountsTableProps) {
  const t = useTranslations("accounts");
  const reviews = useTranslations("enums.reviewStatus");
  const industries = useTranslations("enums.industry");
  const locale = useLocale();
  const format = useFormatter();
  const missing = (text: string) => <span className="text-slate-600">{text}</span>;
  const filters: DataTableFilter[] = [
    { id: "q", kind: "search", label: t("filters.search"), placeholder: t("filters.searchPlaceholder") },
    ...(vendor
      ? ([
          { id: "owner", kind: "select", label: t("filters.owner"), allLabel: t("filters.allOwners"), options: vendor.owners },
          { id: "territory", kind: "select", label: t("filters.territory"), allLabel: t("filters.allTerritories"), options: vendor.territories },
        ] satisfies DataTableFilter[])
      : []),
    {
      id: "review",
      kind: "select",
      label: t("filters.review"),
      allLabel: t("filters.allReviews"),
      options: REVIEW_STATUSES.map((value) => ({ value, label: reviews(value) })),
    },
  ];
  return (
    <DataTable
      label={t("table.label")}
      state={state}
      exportHref={`${basePath}/export`}
      empty={empty}
      noMatch={{ title: t("noMatch.title"), description: t("noMatch.description") }}
      filters={filters}
      columns={[
        { id: "name", header: t("table.name"), sortable: true, className: "min-w-48" },
        ...(vendor ? [{ id: "owner", header: t("table.owner") }] : []),
        { id: "territory", header: t("table.territory"), wrap: true },
        { id: "review", header: t("table.review") },
        { id: "country", header: t("table.country"), priority: "secondary" as const },
        { id: "industry", header: t("table.industry"), priority: "secondary" as const },
        { id: "created", header: t("table.created"), sortable: true, priority: "secondary" as const, className: "whitespace-nowrap" },
      ]}
      rows={rows.map((account) => ({
        id: account.id,
        label: account.name,
        cells: {
          name: (
            <Link
              href={`${basePath}/${account.id}`}
              className="rounded font-medium text-brand-800 underline-offset-4 [overflow-wrap:anywhere] hover:underline"
            >
              {account.name}
            </Link>
          ),
          owner: account.partner?.name ?? missing(t("table.direct")),
          territory: account.territory?.path ?? missing(t("table.noTerritory")),
          review: <ReviewBadge status={account.reviewStatus} />,
          country: countryName(account.country, locale) ?? missing(t("table.none")),
          industry: account.industry ? industries(account.industry) : missing(t("table.none")),
          created: (
            <time dateTime={account.createdAt.toISOString()}>
              {format.dateTime(account.createdAt, { dateStyle: "medium", timeZone })}
            </time>
          ),
        },
      }))}
    />
  );
}
