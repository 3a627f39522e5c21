import type { ReactNode } from "react";
import { RotateCcw } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { ConfirmAction } from "@/components/backoffice/confirm-action";
import type { ServerAction } from "@/lib/http/action-state";
import { Badge } from "@/components/ui/badge";
import { BreakText, Truncate } from "@/components/ui/break-text";
import { DataTable, type DataTableState } from "@/components/ui/data-table";
import type { DeliveryLogItem } from "@/lib/notify/delivery-log";
import { DELIVERY_CHANNELS, DELIVERY_STATUSES } from "@/lib/notify/schema";
import { PENDING, RETRYABLE, STATUS_TONES } from "./delivery-labels";
import { eventLabel } from "@/lib/notify/texts";

export type DeliveryTableProps = {
  rows: DeliveryLogItem[];
  state: DataTableState;
  tenant: string;
  timeZone: string;
  exportHref: string;
  empty: ReactNode;
  /** Present with deliveries.retry: "Retry" on rows that can be sent again, and bulk retry. */
  retry?: { one: ServerAction; many: ServerAction } | undefined;
};

/** The delivery log: one row per message. */
export function DeliveryTable({ rows, state, tenant, timeZone, exportHref, empty, retry }: DeliveryTableProps) {
  const t = useTranslations("notifications");
  const format = useFormatter();
  const stamp = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone });
  const when = (date: Date) => <time dateTime={date.toISOString()}>{stamp(date)}</time>;
  const none = <span className="text-slate-600">{t("deliveries.table.none")}</span>;

  return (
    <DataTable
      label={t("deliveries.table.label")}
      state={state}
      exportHref={exportHref}
      empty={empty}
      noMatch={{ title: t("deliveries.empty.filteredTitle"), description: t("deliveries.empty.filteredDescription") }}
      filters={[
        {
          id: "q",
          kind: "search",
          label: t("deliveries.filters.search"),
          placeholder: t("deliveries.filters.searchPlaceholder"),
        },
        {
          id: "status",
          kind: "select",
          label: t("deliveries.filters.status"),
          allLabel: t("deliveries.filters.allStatuses"),
          options: DELIVERY_STATUSES.map((value) => ({ value, label: t(`deliveries.statuses.${value}`) })),
        },
        {
          id: "channel",
          kind: "select",
          label: t("deliveries.filters.channel"),
          allLabel: t("deliveries.filters.allChannels"),
          options: DELIVERY_CHANNELS.map((value) => ({ value, label: t(`deliveries.channels.${value}`) })),
        },
      ]}
      bulk={
        retry && {
          label: t("deliveries.retry.bulk"),
          icon: <RotateCcw aria-hidden="true" />,
          confirmTitle: t("deliveries.retry.bulkTitle"),
          confirmBody: t("deliveries.retry.bulkBody"),
          confirmLabel: t("deliveries.retry.confirm"),
          pendingLabel: t("deliveries.retry.working"),
          idField: "deliveryIds",
          fields: { tenant },
          action: retry.many,
        }
      }
      columns={[
        { id: "to", header: t("deliveries.table.to"), wrap: true, className: "min-w-52 max-w-72" },
        { id: "message", header: t("deliveries.table.message"), wrap: true, className: "min-w-56 max-w-80" },
        { id: "status", header: t("deliveries.table.status"), sortable: true, className: "min-w-36" },
        {
          id: "created",
          header: t("deliveries.table.time"),
          sortable: true,
          priority: "secondary",
          className: "whitespace-nowrap",
        },
        { id: "channel", header: t("deliveries.table.channel"), priority: "secondary" },
        {
          id: "attempts",
          header: t("deliveries.table.attempts"),
          sortable: true,
          align: "right",
          priority: "secondary",
        },
        { id: "lastError", header: t("deliveries.table.lastError"), priority: "secondary" },
        {
          id: "next",
          header: t("deliveries.table.nextAttempt"),
          sortable: true,
          priority: "secondary",
          className: "whitespace-nowrap",
        },
        ...(retry
          ? [{ id: "actions", header: t("deliveries.table.actions"), priority: "secondary" as const, hideable: false }]
          : []),
      ]}
      rows={rows.map((row) => {
        const event = eventLabel(t, row.eventType);
        return {
          id: row.id,
          label: `${row.to} · ${row.subject ?? event}`,
          selectable: RETRYABLE.has(row.status),
          cells: {
            to: <BreakText value={row.to} className="block font-medium text-slate-900" />,
            message: (
              <>
                <span className="block text-slate-900 [overflow-wrap:anywhere]">{row.subject ?? event}</span>
                {row.subject && <span className="block text-xs text-slate-600">{event}</span>}
              </>
            ),
            status: (
              <span className="inline-flex flex-col items-start gap-1">
                <Badge tone={STATUS_TONES[row.status]} dot>
                  {t(`deliveries.statuses.${row.status}`)}
                </Badge>
                {(row.deliveredAt ?? row.sentAt) && (
                  <span className="text-xs text-slate-600">
                    {row.deliveredAt
                      ? t("deliveries.table.deliveredAt", { time: stamp(row.deliveredAt) })
                      : t("deliveries.table.sentAt", { time: stamp(row.sentAt ?? row.createdAt) })}
                  </span>
                )}
              </span>
            ),
            created: when(row.createdAt),
            channel: t(`deliveries.channels.${row.channel}`),
            attempts: format.number(row.attempts),
            lastError: row.lastError ? (
              <Truncate value={row.lastError} className="max-w-72 font-mono text-xs text-red-800" />
            ) : (
              none
            ),
            next: PENDING.has(row.status) ? when(row.nextAttemptAt) : none,
            actions:
              retry && RETRYABLE.has(row.status) ? (
                <ConfirmAction
                  action={retry.one}
                  fields={{ tenant, deliveryId: row.id }}
                  tone="primary"
                  triggerIcon={<RotateCcw aria-hidden="true" />}
                  triggerLabel={t("deliveries.retry.button")}
                  triggerContext={row.to}
                  title={t("deliveries.retry.title")}
                  description={t("deliveries.retry.body", { to: row.to })}
                  confirmLabel={t("deliveries.retry.confirm")}
                  pendingLabel={t("deliveries.retry.working")}
                />
              ) : null,
          },
        };
      })}
    />
  );
}
