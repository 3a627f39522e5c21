import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { money } from "@/components/pricing/money";
import { DataTable } from "@/components/ui/data-table";
import type { RequestView } from "@/lib/coop/types";
import { CoopRequestStatusBadge } from "./badges";

const dayDate = (day: string) => new Date(`${day}T12:00:00Z`);

/** The partner's co-op requests, newest first, with where each stands. */
export function CoopRequestsTable({
  rows,
  base,
  empty,
}: {
  rows: RequestView[];
  base: string;
  empty: React.ReactNode;
}) {
  const t = useTranslations("coopPortal.requests");
  const activity = useTranslations("coopPortal.activity");
  const locale = useLocale();
  const format = useFormatter();
  const day = (value: string) => format.dateTime(dayDate(value), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <DataTable
      label={t("label")}
      empty={empty}
      noMatch={{ title: t("noMatch.title"), description: t("noMatch.description") }}
      columns={[
        { id: "title", header: t("titleColumn"), wrap: true },
        { id: "status", header: t("status") },
        { id: "requested", header: t("requested"), className: "whitespace-nowrap text-right tabular-nums" },
        { id: "approved", header: t("approved"), className: "whitespace-nowrap text-right tabular-nums" },
        { id: "type", header: t("type"), priority: "secondary" as const },
        { id: "dates", header: t("dates"), priority: "secondary" as const, className: "whitespace-nowrap" },
        { id: "deadline", header: t("deadline"), priority: "secondary" as const, className: "whitespace-nowrap" },
      ]}
      rows={rows.map((row) => ({
        id: row.id,
        label: row.title,
        cells: {
          title: (
            <Link
              href={`${base}/${row.id}`}
              className="rounded font-medium text-brand-800 underline-offset-4 hover:underline"
            >
              {row.title}
            </Link>
          ),
          status: <CoopRequestStatusBadge status={row.status} />,
          requested: money(row.requestedMinor, row.currency, locale),
          approved: row.approvedMinor === null ? "—" : money(row.approvedMinor, row.currency, locale),
          type: activity(row.activityType),
          dates: `${day(row.startsOn)} – ${day(row.endsOn)}`,
          deadline: row.claimDeadline && row.status === "APPROVED" ? day(row.claimDeadline) : "—",
        },
      }))}
    />
  );
}
