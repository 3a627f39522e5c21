import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { listAuditLog } from "@/lib/audit/service";
import { AuditChanges } from "./audit-changes";
import { getAuditLabels } from "./audit-labels.server";

type AuditRow = Awaited<ReturnType<typeof listAuditLog>>["rows"][number];

/** The audit log: when, who, what and on which record, with the recorded before/after. */
export async function AuditTable({ rows, timeZone }: { rows: AuditRow[]; timeZone: string }) {
  const [t, labels, format] = await Promise.all([getTranslations("audit.table"), getAuditLabels(), getFormatter()]);
  return (
    <Table label={t("label")} stacked>
      <TableHeader>
        <TableRow>
          <TableHead>{t("time")}</TableHead>
          <TableHead>{t("actor")}</TableHead>
          <TableHead>{t("action")}</TableHead>
          <TableHead>{t("entity")}</TableHead>
          <TableHead>{t("changes")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id} className="align-top">
            <TableCell label={t("time")} className="whitespace-nowrap align-top">
              <time dateTime={row.createdAt.toISOString()}>
                {format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "medium", timeZone })}
              </time>
            </TableCell>
            <TableCell label={t("actor")} className="align-top">
              {row.actor ? (
                <>
                  <span className="block font-medium text-slate-900">{row.actor.name || row.actor.email}</span>
                  {row.actor.name && <span className="block break-all text-slate-600">{row.actor.email}</span>}
                </>
              ) : (
                <span className="text-slate-600">{labels.system}</span>
              )}
            </TableCell>
            <TableCell label={t("action")} className="align-top">
              <span className="block text-slate-900">{labels.action(row.action)}</span>
              <code className="block font-mono text-xs text-slate-600">{row.action}</code>
            </TableCell>
            <TableCell label={t("entity")} className="align-top">
              <span className="block text-slate-900">{labels.entity(row.entityType)}</span>
              <code className="block font-mono text-xs break-all text-slate-600">{row.entityId}</code>
            </TableCell>
            <TableCell label={t("changes")} className="align-top">
              <AuditChanges before={row.before} after={row.after} requestId={row.requestId} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
