import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { DataTable, type DataTableFilter, type DataTableState } from "@/components/ui/data-table";
import { COOP_CLAIM_STATUSES, COOP_REQUEST_STATUSES } from "@/lib/coop/schema";
import type { ClaimQueueRow, Option, RequestQueueRow } from "@/lib/coop/queues";
import { formatDay } from "@/components/deals/format";
import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { ClaimStatusBadge, RequestStatusBadge, WaitBadge } from "./badges";

type QueueProps<R> = {
  rows: R[];
  /** the tenant's review target for this queue, in hours */
  targetHours: number;
  state: DataTableState;
  basePath: string;
  exportHref?: string;
  timeZone: string;
  options: { partners: Option[]; programs: Option[] };
  empty: React.ReactNode;
};

function useFilters(statuses: readonly string[], statusNs: "coopAdmin.claimStatus" | "coopAdmin.requestStatus", options: QueueProps<unknown>["options"]): DataTableFilter[] {
  const t = useTranslations("coopAdmin.table");
  const status = useTranslations(statusNs);
  return [
    { id: "status", kind: "select", label: t("status"), allLabel: t("allStatuses"), options: statuses.map((value) => ({ value, label: status(value) })) },
    { id: "partner", kind: "select", label: t("partner"), allLabel: t("allPartners"), options: options.partners },
    { id: "program", kind: "select", label: t("program"), allLabel: t("allPrograms"), options: options.programs },
  ];
}

/** The claims queue: oldest first, with the wait of those awaiting a decision (overdue past the target). */
export function ClaimQueueTable({ rows, targetHours, state, basePath, exportHref, timeZone, options, empty }: QueueProps<ClaimQueueRow>) {
  const t = useTranslations("coopAdmin.table");
  const types = useTranslations("coopAdmin.activityType");
  const locale = useLocale() as Locale;
  const format = useFormatter();
  return (
    <DataTable
      label={t("claimsLabel")}
      state={state}
      empty={empty}
      exportHref={exportHref}
      noMatch={{ title: t("noMatch.title"), description: t("noMatch.description") }}
      filters={useFilters(COOP_CLAIM_STATUSES, "coopAdmin.claimStatus", options)}
      columns={[
        { id: "title", header: t("activity"), wrap: true, className: "min-w-48" },
        { id: "status", header: t("status") },
        { id: "wait", header: t("waiting") },
        { id: "partner", header: t("partner"), wrap: true },
        { id: "claimed", header: t("claimed"), sortable: true, align: "right", phoneLabel: true },
        { id: "approved", header: t("approved"), align: "right", priority: "secondary" },
        { id: "program", header: t("program"), wrap: true, priority: "secondary" },
        { id: "submitted", header: t("submitted"), sortable: true, priority: "secondary", className: "whitespace-nowrap" },
      ]}
      rows={rows.map((row) => ({
        id: row.id,
        label: row.title,
        cells: {
          title: (
            <span>
              <Link href={`${basePath}/${row.id}`} className="rounded font-medium text-brand-800 underline-offset-4 hover:underline">
                {row.title}
              </Link>
              <span className="block text-xs text-slate-600">{types(row.activityType)}</span>
            </span>
          ),
          status: <ClaimStatusBadge status={row.status} />,
          wait: <WaitBadge hours={row.waitingHours} overdue={row.overdue} targetHours={targetHours} />,
          partner: row.partner.name,
          claimed: formatMoney(row.claimedMinor, row.currency, locale),
          approved: row.approvedMinor === null ? "—" : formatMoney(row.approvedMinor, row.currency, locale),
          program: row.programName,
          submitted: <time dateTime={row.submittedAt.toISOString()}>{format.dateTime(row.submittedAt, { dateStyle: "medium", timeZone })}</time>,
        },
      }))}
    />
  );
}

/** The requests (pre-approval) queue. */
export function RequestQueueTable({ rows, targetHours, state, basePath, timeZone, options, empty }: QueueProps<RequestQueueRow>) {
  const t = useTranslations("coopAdmin.table");
  const types = useTranslations("coopAdmin.activityType");
  const locale = useLocale() as Locale;
  const format = useFormatter();
  return (
    <DataTable
      label={t("requestsLabel")}
      state={state}
      empty={empty}
      noMatch={{ title: t("noMatch.title"), description: t("noMatch.description") }}
      filters={useFilters(COOP_REQUEST_STATUSES, "coopAdmin.requestStatus", options)}
      columns={[
        { id: "title", header: t("activity"), wrap: true, className: "min-w-48" },
        { id: "status", header: t("status") },
        { id: "wait", header: t("waiting") },
        { id: "partner", header: t("partner"), wrap: true },
        { id: "requested", header: t("requested"), sortable: true, align: "right", phoneLabel: true },
        { id: "approved", header: t("approved"), align: "right", priority: "secondary" },
        { id: "starts", header: t("starts"), priority: "secondary", className: "whitespace-nowrap" },
        { id: "submitted", header: t("submitted"), sortable: true, priority: "secondary", className: "whitespace-nowrap" },
      ]}
      rows={rows.map((row) => ({
        id: row.id,
        label: row.title,
        cells: {
          title: (
            <span>
              <Link href={`${basePath}/${row.id}`} className="rounded font-medium text-brand-800 underline-offset-4 hover:underline">
                {row.title}
              </Link>
              <span className="block text-xs text-slate-600">{`${types(row.activityType)} · ${row.programName}`}</span>
            </span>
          ),
          status: <RequestStatusBadge status={row.status} />,
          wait: <WaitBadge hours={row.waitingHours} overdue={row.overdue} targetHours={targetHours} />,
          partner: row.partner.name,
          requested: formatMoney(row.requestedMinor, row.currency, locale),
          approved: row.approvedMinor === null ? "—" : formatMoney(row.approvedMinor, row.currency, locale),
          starts: <time dateTime={row.startsOn}>{formatDay(format, row.startsOn)}</time>,
          submitted: <time dateTime={row.submittedAt.toISOString()}>{format.dateTime(row.submittedAt, { dateStyle: "medium", timeZone })}</time>,
        },
      }))}
    />
  );
}
