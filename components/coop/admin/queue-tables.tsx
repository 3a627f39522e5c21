import Link from "@/components/ui/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { DataTable, type DataTableColumn, type DataTableState } from "@/components/ui/data-table";
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

type QueueRow = ClaimQueueRow | RequestQueueRow;

/**
 * A review queue (claims or requests): the activity (a link to its page), its status, how
 * long it has waited against the review target, the partner, the amount asked for (sortable)
 * and what was approved, what only one queue shows (`extra`), and when it was submitted;
 * filtered by status, partner and program.
 */
function QueueTable<R extends QueueRow>({
  rows,
  targetHours,
  state,
  basePath,
  exportHref,
  timeZone,
  options,
  empty,
  label,
  statuses,
  statusNs,
  status,
  subtitle,
  amount,
  extra,
}: QueueProps<R> & {
  label: string;
  statuses: readonly string[];
  statusNs: "coopAdmin.claimStatus" | "coopAdmin.requestStatus";
  status: (row: R) => React.ReactNode;
  /** the line under the activity's title */
  subtitle: (row: R) => string;
  amount: { id: "claimed" | "requested"; minor: (row: R) => bigint };
  extra: { column: DataTableColumn; cell: (row: R) => React.ReactNode };
}) {
  const t = useTranslations("coopAdmin.table");
  const statusText = useTranslations(statusNs);
  const locale = useLocale() as Locale;
  const format = useFormatter();
  return (
    <DataTable
      label={label}
      state={state}
      empty={empty}
      exportHref={exportHref}
      noMatch={{ title: t("noMatch.title"), description: t("noMatch.description") }}
      filters={[
        { id: "status", kind: "select", label: t("status"), allLabel: t("allStatuses"), options: statuses.map((value) => ({ value, label: statusText(value) })) },
        { id: "partner", kind: "select", label: t("partner"), allLabel: t("allPartners"), options: options.partners },
        { id: "program", kind: "select", label: t("program"), allLabel: t("allPrograms"), options: options.programs },
      ]}
      columns={[
        { id: "title", header: t("activity"), wrap: true, className: "min-w-48" },
        { id: "status", header: t("status") },
        { id: "wait", header: t("waiting") },
        { id: "partner", header: t("partner"), wrap: true },
        { id: amount.id, header: t(amount.id), sortable: true, align: "right", phoneLabel: true },
        { id: "approved", header: t("approved"), align: "right", priority: "secondary" },
        extra.column,
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
              <span className="block text-xs text-slate-600">{subtitle(row)}</span>
            </span>
          ),
          status: status(row),
          wait: <WaitBadge hours={row.waitingHours} overdue={row.overdue} targetHours={targetHours} />,
          partner: row.partner.name,
          [amount.id]: formatMoney(amount.minor(row), row.currency, locale),
          approved: row.approvedMinor === null ? "—" : formatMoney(row.approvedMinor, row.currency, locale),
          [extra.column.id]: extra.cell(row),
          submitted: <time dateTime={row.submittedAt.toISOString()}>{format.dateTime(row.submittedAt, { dateStyle: "medium", timeZone })}</time>,
        },
      }))}
    />
  );
}

/** The claims queue: oldest first, with the wait of those awaiting a decision (overdue past the target). */
export function ClaimQueueTable(props: QueueProps<ClaimQueueRow>) {
  const t = useTranslations("coopAdmin.table");
  const types = useTranslations("coopAdmin.activityType");
  return (
    <QueueTable
      {...props}
      label={t("claimsLabel")}
      statuses={COOP_CLAIM_STATUSES}
      statusNs="coopAdmin.claimStatus"
      status={(row) => <ClaimStatusBadge status={row.status} />}
      subtitle={(row) => types(row.activityType)}
      amount={{ id: "claimed", minor: (row) => row.claimedMinor }}
      extra={{ column: { id: "program", header: t("program"), wrap: true, priority: "secondary" }, cell: (row) => row.programName }}
    />
  );
}

/** The requests (pre-approval) queue. */
export function RequestQueueTable(props: Omit<QueueProps<RequestQueueRow>, "exportHref">) {
  const t = useTranslations("coopAdmin.table");
  const types = useTranslations("coopAdmin.activityType");
  const format = useFormatter();
  return (
    <QueueTable
      {...props}
      label={t("requestsLabel")}
      statuses={COOP_REQUEST_STATUSES}
      statusNs="coopAdmin.requestStatus"
      status={(row) => <RequestStatusBadge status={row.status} />}
      subtitle={(row) => `${types(row.activityType)} · ${row.programName}`}
      amount={{ id: "requested", minor: (row) => row.requestedMinor }}
      extra={{ column: { id: "starts", header: t("starts"), priority: "secondary", className: "whitespace-nowrap" }, cell: (row) => <time dateTime={row.startsOn}>{formatDay(format, row.startsOn)}</time> }}
    />
  );
}
