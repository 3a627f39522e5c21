import Link from "@/components/ui/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { countryName } from "@/components/backoffice/country";
import { DataTable, type DataTableState } from "@/components/ui/data-table";
import type { PartnerListItem } from "@/lib/partners/list";
import { PARTNER_STATUSES, PARTNER_TYPES } from "@/lib/partners/schema";
import { PartnerStatusBadge, PartnerTypeBadge } from "./partner-badges";

export type PartnersTableProps = {
  rows: PartnerListItem[];
  state: DataTableState;
  basePath: string;
  timeZone: string;
  /** The pristine empty state (no partner at all yet). */
  empty: React.ReactNode;
};

/** The partner list: name links to the partner's page. */
export function PartnersTable({ rows, state, basePath, timeZone, empty }: PartnersTableProps) {
  const t = useTranslations("partners");
  const seats = useTranslations("team.counts");
  const statuses = useTranslations("enums.partnerStatus");
  const types = useTranslations("enums.partnerType");
  const locale = useLocale();
  const format = useFormatter();
  const missing = (text: string) => <span className="text-slate-600">{text}</span>;

  return (
    <DataTable
      label={t("table.label")}
      state={state}
      exportHref={`${basePath}/export`}
      empty={empty}
      noMatch={{ title: t("noMatch.title"), description: t("noMatch.description") }}
      filters={[
        { id: "q", kind: "search", label: t("filters.search"), placeholder: t("filters.searchPlaceholder") },
        {
          id: "status",
          kind: "select",
          label: t("filters.status"),
          allLabel: t("filters.allStatuses"),
          options: PARTNER_STATUSES.map((value) => ({ value, label: statuses(value) })),
        },
        {
          id: "type",
          kind: "select",
          label: t("filters.type"),
          allLabel: t("filters.allTypes"),
          options: PARTNER_TYPES.map((value) => ({ value, label: types(value) })),
        },
      ]}
      columns={[
        { id: "name", header: t("table.name"), sortable: true, className: "min-w-48" },
        { id: "type", header: t("table.type"), sortable: true },
        { id: "status", header: t("table.status"), sortable: true },
        { id: "country", header: t("table.country"), sortable: true, priority: "secondary" },
        { id: "tier", header: t("table.tier"), sortable: true, priority: "secondary" },
        // Invited and active people are counted apart: an invitation is not a user yet.
        { id: "users", header: seats("activeColumn"), sortable: true, align: "right", priority: "secondary" },
        { id: "invited", header: seats("invitedColumn"), align: "right", priority: "secondary" },
        {
          id: "created",
          header: t("table.created"),
          sortable: true,
          priority: "secondary",
          className: "whitespace-nowrap",
        },
      ]}
      rows={rows.map((partner) => ({
        id: partner.id,
        label: partner.name,
        cells: {
          name: (
            <Link
              href={`${basePath}/${partner.id}`}
              className="rounded font-medium text-brand-800 underline-offset-4 [overflow-wrap:anywhere] hover:underline"
            >
              {partner.name}
            </Link>
          ),
          type: <PartnerTypeBadge type={partner.type} />,
          status: <PartnerStatusBadge status={partner.status} />,
          country: countryName(partner.country, locale) ?? missing(t("table.none")),
          tier: partner.tier ?? missing(t("table.noTier")),
          users: format.number(partner.portalUsers),
          invited: partner.invitedUsers ? format.number(partner.invitedUsers) : missing(format.number(0)),
          created: (
            <time dateTime={partner.createdAt.toISOString()}>
              {format.dateTime(partner.createdAt, { dateStyle: "medium", timeZone })}
            </time>
          ),
        },
      }))}
    />
  );
}
