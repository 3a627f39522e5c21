import Link from "@/components/ui/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { formatDay } from "@/components/deals/format";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataTableState } from "@/components/ui/data-table";
import type { Option } from "@/lib/coop/queues";
import type { FundView } from "@/lib/coop/types";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";

/** Funds by partner and program, each with its balances (sums of its ledger) and what expires soon. */
export function FundsTable({
  rows,
  state,
  basePath,
  exportHref,
  options,
  empty,
  showPartner = true,
}: {
  rows: FundView[];
  state?: DataTableState;
  basePath: string;
  exportHref?: string;
  options?: { partners: Option[]; programs: Option[]; periods: Option[] };
  empty: React.ReactNode;
  showPartner?: boolean;
}) {
  const t = useTranslations("coopAdmin.funds");
  const tb = useTranslations("coopAdmin.balance");
  const table = useTranslations("coopAdmin.table");
  const locale = useLocale() as Locale;
  const format = useFormatter();
  const money = (minor: bigint, currency: string) => formatMoney(minor, currency, locale);
  return (
    <DataTable
      label={t("label")}
      state={state}
      empty={empty}
      exportHref={exportHref}
      noMatch={{ title: table("noMatch.title"), description: table("noMatch.description") }}
      filters={
        options
          ? [
              { id: "program", kind: "select", label: table("program"), allLabel: table("allPrograms"), options: options.programs },
              { id: "partner", kind: "select", label: table("partner"), allLabel: table("allPartners"), options: options.partners },
              { id: "period", kind: "select", label: t("period"), allLabel: t("allPeriods"), options: options.periods },
            ]
          : []
      }
      columns={[
        { id: "fund", header: t("fund"), wrap: true, className: "min-w-48" },
        ...(showPartner ? [{ id: "partner", header: table("partner"), wrap: true }] : []),
        { id: "period", header: t("period"), sortable: Boolean(state), className: "whitespace-nowrap", priority: "secondary" as const },
        { id: "earned", header: tb("earnedMinor"), align: "right" as const, priority: "secondary" as const },
        { id: "committed", header: t("committed"), align: "right" as const, priority: "secondary" as const },
        { id: "paid", header: tb("paidMinor"), align: "right" as const, priority: "secondary" as const },
        { id: "available", header: tb("availableMinor"), align: "right" as const, phoneLabel: true },
        { id: "expires", header: t("expires"), sortable: Boolean(state), className: "whitespace-nowrap" },
      ]}
      rows={rows.map((row) => ({
        id: row.id,
        label: `${row.programName} · ${row.partnerName}`,
        cells: {
          fund: (
            <span>
              <Link href={`${basePath}/${row.id}`} className="rounded font-medium text-brand-800 underline-offset-4 hover:underline">
                {row.programName}
              </Link>
              <span className="block text-xs text-slate-600">{t(`kinds.${row.kind}`)}</span>
            </span>
          ),
          partner: row.partnerName,
          period: `${formatDay(format, row.periodStart)} – ${formatDay(format, row.periodEnd)}`,
          earned: money(row.balance.earnedMinor, row.currency),
          committed: money(row.balance.reservedMinor + row.balance.claimedMinor, row.currency),
          paid: money(row.balance.paidMinor, row.currency),
          available: <span className="font-semibold">{money(row.balance.availableMinor, row.currency)}</span>,
          expires: (
            <span className="flex flex-col items-start gap-1">
              <time dateTime={row.expiresOn}>{formatDay(format, row.expiresOn)}</time>
              {row.expiringSoonMinor > 0n && <Badge tone="warning">{t("expiringSoon", { amount: money(row.expiringSoonMinor, row.currency) })}</Badge>}
            </span>
          ),
        },
      }))}
    />
  );
}
