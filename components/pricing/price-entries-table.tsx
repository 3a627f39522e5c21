import { useLocale, useTranslations } from "next-intl";
import { Trash2 } from "lucide-react";
import { ConfirmAction } from "@/components/backoffice/confirm-action";
import { DataTable, type DataTableState } from "@/components/ui/data-table";
import { localName } from "@/lib/catalog/names";
import type { ServerAction } from "@/lib/http/action-state";
import type { PriceEntryItem } from "@/lib/pricing/types";
import { money, signedPercent } from "./money";

export type PriceEntriesTableProps = {
  rows: PriceEntryItem[];
  state: DataTableState;
  currency: string;
  empty: React.ReactNode;
  /** The working copy's remove button (absent for published versions and readers). */
  remove?: { tenant: string; listId: string; version: number; action: ServerAction };
};

/** A list's prices by SKU and break: absolute, or relative to the base price. */
export function PriceEntriesTable({ rows, state, currency, empty, remove }: PriceEntriesTableProps) {
  const t = useTranslations("pricing.entries");
  const locale = useLocale();
  const value = (entry: PriceEntryItem) =>
    entry.method === "PRICE"
      ? money(entry.amountMinor!, currency, locale)
      : entry.method === "PERCENT"
        ? t("percentOfBase", { percent: signedPercent(entry.percent!, locale) })
        : t("amountOnBase", { amount: money(entry.amountMinor!, currency, locale) });
  return (
    <DataTable
      label={t("label")}
      state={state}
      empty={empty}
      noMatch={{ title: t("noMatch.title"), description: t("noMatch.description") }}
      filters={[{ id: "q", kind: "search", label: t("search"), placeholder: t("searchPlaceholder") }]}
      columns={[
        { id: "sku", header: t("sku"), sortable: true, className: "whitespace-nowrap" },
        { id: "name", header: t("name"), wrap: true },
        { id: "break", header: t("break"), phoneLabel: true },
        { id: "value", header: t("value") },
        ...(remove ? [{ id: "actions", header: t("actions"), hideable: false }] : []),
      ]}
      rows={rows.map((entry) => ({
        id: entry.id,
        label: `${entry.sku} ${entry.minQuantity}`,
        cells: {
          sku: <span className="font-mono text-xs">{entry.sku}</span>,
          name: localName(entry, locale),
          break: t("from", { quantity: entry.minQuantity }),
          value: <span className="tabular-nums">{value(entry)}</span>,
          actions: remove ? (
            <ConfirmAction
              action={remove.action}
              fields={{ tenant: remove.tenant, listId: remove.listId, version: String(remove.version), entryId: entry.id }}
              triggerLabel={t("remove")}
              triggerContext={`${entry.sku} ${t("from", { quantity: entry.minQuantity })}`}
              triggerIcon={<Trash2 aria-hidden="true" />}
              title={t("removeTitle")}
              description={t("removeBody", { sku: entry.sku, quantity: entry.minQuantity })}
              confirmLabel={t("remove")}
              pendingLabel={t("removing")}
              tone="danger"
            />
          ) : null,
        },
      }))}
    />
  );
}
