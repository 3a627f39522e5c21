import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { money } from "@/components/pricing/money";
import { DataTable } from "@/components/ui/data-table";
import type { ClaimView } from "@/lib/coop/types";
import { CoopClaimStatusBadge } from "./badges";

/** The partner's co-op claims, newest first, with where each stands. */
export function CoopClaimsTable({
  rows,
  base,
  empty,
  timeZone,
}: {
  rows: ClaimView[];
  base: string;
  empty: React.ReactNode;
  timeZone: string;
}) {
  const t = useTranslations("coopPortal.claims");
  const activity = useTranslations("coopPortal.activity");
  const locale = useLocale();
  const format = useFormatter();
  return (
    <DataTable
      label={t("label")}
      empty={empty}
      noMatch={{ title: t("noMatch.title"), description: t("noMatch.description") }}
      columns={[
        { id: "title", header: t("titleColumn"), wrap: true },
        { id: "status", header: t("status") },
        { id: "claimed", header: t("claimed"), className: "whitespace-nowrap text-right tabular-nums" },
        { id: "approved", header: t("approved"), className: "whitespace-nowrap text-right tabular-nums" },
        { id: "type", header: t("type"), priority: "secondary" as const },
        { id: "submitted", header: t("submitted"), priority: "secondary" as const, className: "whitespace-nowrap" },
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
          status: <CoopClaimStatusBadge status={row.status} />,
          claimed: money(row.claimedMinor, row.currency, locale),
          approved: row.approvedMinor === null ? "—" : money(row.approvedMinor, row.currency, locale),
          type: activity(row.activityType),
          submitted: (
            <time dateTime={row.createdAt.toISOString()}>
              {format.dateTime(row.createdAt, { dateStyle: "medium", timeZone })}
            </time>
          ),
        },
      }))}
    />
  );
}
