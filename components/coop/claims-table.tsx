import { useFormatter, useTranslations } from "next-intl";
import type { ClaimView } from "@/lib/coop/types";
import { CoopActivityTable } from "./activity-table";
import { CoopClaimStatusBadge } from "./badges";

/** The partner's co-op claims, newest first, with where each stands and when it was submitted. */
export function CoopClaimsTable({ rows, base, empty, timeZone }: { rows: ClaimView[]; base: string; empty: React.ReactNode; timeZone: string }) {
  const t = useTranslations("coopPortal.claims");
  const format = useFormatter();
  return (
    <CoopActivityTable
      section="claims"
      rows={rows}
      base={base}
      empty={empty}
      status={(row) => <CoopClaimStatusBadge status={row.status} />}
      amount={{ id: "claimed", minor: (row) => row.claimedMinor }}
      extra={{
        columns: [{ id: "submitted", header: t("submitted"), priority: "secondary", className: "whitespace-nowrap" }],
        cells: (row) => ({ submitted: <time dateTime={row.createdAt.toISOString()}>{format.dateTime(row.createdAt, { dateStyle: "medium", timeZone })}</time> }),
      }}
    />
  );
}
