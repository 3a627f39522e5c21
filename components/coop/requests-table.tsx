import { useFormatter, useTranslations } from "next-intl";
import type { RequestView } from "@/lib/coop/types";
import { CoopActivityTable } from "./activity-table";
import { CoopRequestStatusBadge } from "./badges";

const dayDate = (day: string) => new Date(`${day}T12:00:00Z`);

/** The partner's co-op requests, newest first, with where each stands, its dates and — approved — its claim deadline. */
export function CoopRequestsTable({ rows, base, empty }: { rows: RequestView[]; base: string; empty: React.ReactNode }) {
  const t = useTranslations("coopPortal.requests");
  const format = useFormatter();
  const day = (value: string) => format.dateTime(dayDate(value), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <CoopActivityTable
      section="requests"
      rows={rows}
      base={base}
      empty={empty}
      status={(row) => <CoopRequestStatusBadge status={row.status} />}
      amount={{ id: "requested", minor: (row) => row.requestedMinor }}
      extra={{
        columns: [
          { id: "dates", header: t("dates"), priority: "secondary", className: "whitespace-nowrap" },
          { id: "deadline", header: t("deadline"), priority: "secondary", className: "whitespace-nowrap" },
        ],
        cells: (row) => ({
          dates: `${day(row.startsOn)} – ${day(row.endsOn)}`,
          deadline: row.claimDeadline && row.status === "APPROVED" ? day(row.claimDeadline) : "—",
        }),
      }}
    />
  );
}
