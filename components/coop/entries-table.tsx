import Link from "@/components/ui/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { money } from "@/components/pricing/money";
import { DataTable, type DataTableState } from "@/components/ui/data-table";
import type { EntryRow } from "@/lib/coop/portal";
import { COOP_ENTRY_KINDS } from "@/lib/coop/schema";

/** The ledger behind a fund, one page at a time: what each entry is, its amount and what it did to "available". */
export function EntriesTable({
  rows,
  state,
  base,
  portal,
  empty,
  timeZone,
}: {
  rows: EntryRow[];
  state: DataTableState;
  base: string;
  portal: string;
  empty: React.ReactNode;
  timeZone: string;
}) {
  const t = useTranslations("coopPortal.fund");
  const kinds = useTranslations("coopPortal.entryKind");
  const locale = useLocale();
  const format = useFormatter();
  const link = "rounded font-medium text-brand-800 underline-offset-4 hover:underline";
  return (
    <DataTable
      label={t("entriesLabel")}
      state={state}
      empty={empty}
      noMatch={{ title: t("noMatch.title"), description: t("noMatch.description") }}
      filters={[
        {
          id: "kind",
          kind: "select",
          label: t("kindFilter"),
          allLabel: t("allKinds"),
          options: COOP_ENTRY_KINDS.map((value) => ({ value, label: kinds(value) })),
        },
      ]}
      columns={[
        { id: "kind", header: t("kind") },
        { id: "amount", header: t("amount"), className: "whitespace-nowrap text-right tabular-nums" },
        { id: "effect", header: t("effect"), className: "whitespace-nowrap text-right tabular-nums" },
        {
          id: "seq",
          header: t("when"),
          sortable: true,
          priority: "secondary" as const,
          className: "whitespace-nowrap",
        },
        { id: "details", header: t("details"), wrap: true, priority: "secondary" as const },
        { id: "by", header: t("by"), priority: "secondary" as const },
      ]}
      rows={rows.map((row) => ({
        id: row.id,
        label: kinds(row.kind),
        cells: {
          kind: kinds(row.kind),
          amount: money(row.amountMinor, row.currency, locale),
          effect: (
            <span className={row.availableEffectMinor < 0n ? "text-red-800" : "text-emerald-800"}>
              {row.availableEffectMinor > 0n ? "+" : row.availableEffectMinor < 0n ? "−" : ""}
              {money(
                row.availableEffectMinor < 0n ? -row.availableEffectMinor : row.availableEffectMinor,
                row.currency,
                locale,
              )}
            </span>
          ),
          seq: (
            <time dateTime={row.createdAt.toISOString()}>
              {format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone })}
            </time>
          ),
          details: (
            <span className="flex flex-col gap-0.5">
              {row.accrual && (
                <span>
                  {t("accrual", { rate: row.accrual.rate, base: money(row.accrual.baseMinor, row.currency, locale) })}
                </span>
              )}
              {row.kind === "ACCRUAL_REVERSAL" && row.invoice && row.reason && (
                <Link href={`${portal}/invoices/${row.invoice.id}#invoice-credit-notes`} className={link}>
                  {t("reversed", { creditNote: row.reason })}
                </Link>
              )}
              {row.invoice && (
                <Link href={`${portal}/invoices/${row.invoice.id}`} className={link}>
                  {t("invoice", { number: row.invoice.number })}
                </Link>
              )}
              {row.claimId ? (
                <Link href={`${base}/claims/${row.claimId}`} className={link}>
                  {t("claim")}
                </Link>
              ) : row.requestId ? (
                <Link href={`${base}/requests/${row.requestId}`} className={link}>
                  {t("request")}
                </Link>
              ) : null}
              {row.reason && row.kind !== "ACCRUAL_REVERSAL" && <span className="text-slate-700">{row.reason}</span>}
            </span>
          ),
          by: row.createdByName,
        },
      }))}
    />
  );
}
