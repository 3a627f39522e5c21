import Link from "@/components/ui/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { countryName } from "@/components/backoffice/country";
import { BreakText } from "@/components/ui/break-text";
import { DataTable, type DataTableState } from "@/components/ui/data-table";
import { APPLICATION_STATUSES } from "@/lib/applications/schema";
import type { ApplicationListItem } from "@/lib/applications/types";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";
import { ApplicationStatusBadge } from "./application-badges";

export type ApplicationsTableProps = {
  rows: ApplicationListItem[];
  state: DataTableState;
  basePath: string;
  timeZone: string;
  /** The pristine empty state (no application at all yet). */
  empty: React.ReactNode;
};

/** The channel managers' queue of applications: the company links to the application. */
export function ApplicationsTable({ rows, state, basePath, timeZone, empty }: ApplicationsTableProps) {
  const t = useTranslations("applications.queue");
  const statuses = useTranslations("applications.status");
  const types = useTranslations("enums.partnerType");
  const locale = useLocale();
  const format = useFormatter();
  return (
    <DataTable
      label={t("label")}
      state={state}
      exportHref={`${basePath}/export`}
      empty={empty}
      noMatch={{ title: t("noMatch.title"), description: t("noMatch.description") }}
      filters={[
        { id: "q", kind: "search", label: t("search"), placeholder: t("searchPlaceholder") },
        {
          id: "status",
          kind: "select",
          label: t("status"),
          allLabel: t("allStatuses"),
          options: APPLICATION_STATUSES.map((value) => ({ value, label: statuses(value) })),
        },
      ]}
      columns={[
        { id: "company", header: t("company"), sortable: true, className: "min-w-48" },
        { id: "status", header: t("status"), sortable: true },
        { id: "type", header: t("type") },
        { id: "country", header: t("country"), priority: "secondary" },
        { id: "contact", header: t("contact"), priority: "secondary", wrap: true },
        { id: "volume", header: t("volume"), align: "right", priority: "secondary" },
        { id: "created", header: t("created"), sortable: true, className: "whitespace-nowrap" },
      ]}
      rows={rows.map((application) => ({
        id: application.id,
        label: application.companyName,
        cells: {
          company: (
            <Link
              href={`${basePath}/${application.id}`}
              className="rounded font-medium text-brand-800 underline-offset-4 [overflow-wrap:anywhere] hover:underline"
            >
              {application.companyName}
            </Link>
          ),
          status: <ApplicationStatusBadge status={application.status} />,
          type: types(application.partnerType),
          country: countryName(application.country, locale) ?? application.country,
          contact: <BreakText value={application.contactEmail} />,
          volume: formatMoney(application.expectedVolumeMinor, application.currency, locale as Locale),
          created: (
            <time dateTime={application.createdAt.toISOString()}>
              {format.dateTime(application.createdAt, { dateStyle: "medium", timeZone })}
            </time>
          ),
        },
      }))}
    />
  );
}
