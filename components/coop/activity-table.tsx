import Link from "@/components/ui/link";
import { useLocale, useTranslations } from "next-intl";
import { money } from "@/components/pricing/money";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import type { CoopActivityTypeValue } from "@/lib/coop/schema";

type ActivityRow = { id: string; title: string; activityType: CoopActivityTypeValue; currency: string; approvedMinor: bigint | null };

/**
 * The partner's co-op requests or claims, newest first, with where each stands: the activity
 * (a link to its page), its status, the amount asked for and what was approved, its type, and
 * the columns only one of them has (`extra`: a claim's submission, a request's dates and
 * claim deadline). Headings come from `coopPortal.<section>`.
 */
export function CoopActivityTable<R extends ActivityRow>({
  section,
  rows,
  base,
  empty,
  status,
  amount,
  extra,
}: {
  section: "claims" | "requests";
  rows: R[];
  base: string;
  empty: React.ReactNode;
  status: (row: R) => React.ReactNode;
  /** the amount asked for: the column's id (its heading's key in the section) and its value */
  amount: { id: "claimed" | "requested"; minor: (row: R) => bigint };
  extra: { columns: DataTableColumn[]; cells: (row: R) => Record<string, React.ReactNode> };
}) {
  const t = useTranslations(`coopPortal.${section}`);
  const activity = useTranslations("coopPortal.activity");
  const locale = useLocale();
  return (
    <DataTable
      label={t("label")}
      empty={empty}
      noMatch={{ title: t("noMatch.title"), description: t("noMatch.description") }}
      columns={[
        { id: "title", header: t("titleColumn"), wrap: true },
        { id: "status", header: t("status") },
        { id: amount.id, header: t(amount.id), className: "whitespace-nowrap text-right tabular-nums" },
        { id: "approved", header: t("approved"), className: "whitespace-nowrap text-right tabular-nums" },
        { id: "type", header: t("type"), priority: "secondary" as const },
        ...extra.columns,
      ]}
      rows={rows.map((row) => ({
        id: row.id,
        label: row.title,
        cells: {
          title: (
            <Link href={`${base}/${row.id}`} className="rounded font-medium text-brand-800 underline-offset-4 hover:underline">
              {row.title}
            </Link>
          ),
          status: status(row),
          [amount.id]: money(amount.minor(row), row.currency, locale),
          approved: row.approvedMinor === null ? "—" : money(row.approvedMinor, row.currency, locale),
          type: activity(row.activityType),
          ...extra.cells(row),
        },
      }))}
    />
  );
}
