import { RotateCcw } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { ConfirmAction } from "@/components/backoffice/confirm-action";
import type { ServerAction } from "@/lib/http/action-state";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { listDeliveries } from "@/lib/notify/service";
import { PENDING, RETRYABLE, STATUS_TONES } from "./delivery-labels";
import { eventLabel } from "./texts";

type DeliveryRow = Awaited<ReturnType<typeof listDeliveries>>["rows"][number];

export type DeliveryTableProps = {
  rows: DeliveryRow[];
  tenant: string;
  timeZone: string;
  /** Present with deliveries.retry: a "Retry" button on rows that can be sent again. */
  retry?: ServerAction | undefined;
};

/** The delivery log: one row per message; cards on phones, a table from 640px. */
export function DeliveryTable({ rows, tenant, timeZone, retry }: DeliveryTableProps) {
  const t = useTranslations("notifications");
  const format = useFormatter();
  const stamp = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone });
  const when = (date: Date) => <time dateTime={date.toISOString()}>{stamp(date)}</time>;
  const none = <span className="text-slate-600">{t("deliveries.table.none")}</span>;

  return (
    <Table label={t("deliveries.table.label")} stacked>
      <TableHeader>
        <TableRow>
          <TableHead>{t("deliveries.table.time")}</TableHead>
          <TableHead>{t("deliveries.table.channel")}</TableHead>
          <TableHead>{t("deliveries.table.to")}</TableHead>
          <TableHead>{t("deliveries.table.message")}</TableHead>
          <TableHead>{t("deliveries.table.status")}</TableHead>
          <TableHead align="right">{t("deliveries.table.attempts")}</TableHead>
          <TableHead>{t("deliveries.table.lastError")}</TableHead>
          <TableHead>{t("deliveries.table.nextAttempt")}</TableHead>
          {retry && (
            <TableHead align="right">
              <span className="sr-only">{t("deliveries.table.actions")}</span>
            </TableHead>
          )}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => {
          const event = eventLabel(t, row.eventType);
          return (
            <TableRow key={row.id} className="align-top">
              <TableCell label={t("deliveries.table.time")} className="align-top whitespace-nowrap">
                {when(row.createdAt)}
              </TableCell>
              <TableCell label={t("deliveries.table.channel")} className="align-top">
                {t(`deliveries.channels.${row.channel === "SMS" ? "SMS" : "EMAIL"}`)}
              </TableCell>
              <TableCell label={t("deliveries.table.to")} className="align-top break-words sm:min-w-[12rem]">
                {row.to}
              </TableCell>
              <TableCell label={t("deliveries.table.message")} className="align-top sm:min-w-[18rem]">
                <span className="block font-medium text-slate-900">{row.subject ?? event}</span>
                {row.subject && <span className="block text-xs text-slate-600">{event}</span>}
              </TableCell>
              <TableCell label={t("deliveries.table.status")} className="align-top sm:min-w-[9rem]">
                <span className="inline-flex flex-col items-end gap-1 sm:items-start">
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
              </TableCell>
              <TableCell label={t("deliveries.table.attempts")} align="right" className="align-top">
                {format.number(row.attempts)}
              </TableCell>
              <TableCell label={t("deliveries.table.lastError")} className="align-top">
                {row.lastError ? (
                  <span className="block max-w-72 font-mono text-xs break-words text-red-800">{row.lastError}</span>
                ) : (
                  none
                )}
              </TableCell>
              <TableCell label={t("deliveries.table.nextAttempt")} className="align-top whitespace-nowrap">
                {PENDING.has(row.status) ? when(row.nextAttemptAt) : none}
              </TableCell>
              {retry && (
                <TableCell label={t("deliveries.table.actions")} align="right" className="align-top">
                  {RETRYABLE.has(row.status) && (
                    <ConfirmAction
                      action={retry}
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
                  )}
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
