import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { useFormatter, useTranslations } from "next-intl";
import { DataTable, type DataTableFilter, type DataTableState } from "@/components/ui/data-table";
import { AUDIT_ENTITY_TYPES, type AuditListItem, type AuditPerson } from "@/lib/audit/schema";
import { AuditActorName, AuditObjectName } from "./audit-links";
import { AuditChanges } from "./audit-changes";
import { AUDIT_ACTIONS } from "./labels";
import { useAuditLabels } from "./use-audit-labels";

export type AuditTableProps = {
  rows: AuditListItem[];
  state: DataTableState;
  actors: AuditPerson[];
  /** The record filtered on (`?entityId=`), named for its chip. */
  record?: string | undefined;
  adminBase: string;
  timeZone: string;
  empty: ReactNode;
};

/** The audit log: when, who (linked), what in words, and on which record (linked), with before/after. */
export function AuditTable({ rows, state, actors, record, adminBase, timeZone, empty }: AuditTableProps) {
  const t = useTranslations("audit");
  const labels = useAuditLabels();
  const format = useFormatter();
  const path = `${adminBase}/audit`;
  const filters: DataTableFilter[] = [
    {
      id: "actor",
      kind: "select",
      label: t("filter.person"),
      allLabel: t("filter.allPeople"),
      options: actors.map((actor) => ({ value: actor.id, label: actor.name || actor.email })),
    },
    {
      id: "entity",
      kind: "select",
      label: t("filter.record"),
      allLabel: t("filter.allRecords"),
      options: AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: labels.entity(type) })),
    },
    {
      id: "action",
      kind: "select",
      label: t("filter.action"),
      allLabel: t("filter.all"),
      options: AUDIT_ACTIONS.map((action) => ({ value: action, label: labels.action(action) })),
    },
    {
      id: "entityId",
      kind: "chip",
      label: t("filter.only", { name: record ?? "…" }),
      removeLabel: t("filter.removeRecord"),
    },
  ];

  return (
    <DataTable
      label={t("table.label")}
      state={state}
      filters={filters}
      exportHref={`${path}/export`}
      empty={empty}
      noMatch={{ title: t("empty.filteredTitle"), description: t("empty.filteredDescription") }}
      columns={[
        { id: "time", header: t("table.time"), sortable: true, className: "whitespace-nowrap" },
        { id: "actor", header: t("table.actor"), wrap: true, className: "min-w-40" },
        { id: "action", header: t("table.action"), wrap: true, className: "min-w-44" },
        { id: "object", header: t("table.entity"), wrap: true, className: "min-w-48" },
        { id: "changes", header: t("table.changes"), priority: "secondary", wrap: true, className: "min-w-40" },
      ]}
      rows={rows.map((row) => ({
        id: row.id,
        label: `${labels.action(row.action)} ${row.object.name ?? ""}`.trim(),
        cells: {
          time: (
            <time dateTime={row.createdAt.toISOString()}>
              {format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "medium", timeZone })}
            </time>
          ),
          actor: <AuditActorName actor={row.actor} auditPath={path} system={labels.system} />,
          action: <span className="text-slate-900">{labels.action(row.action)}</span>,
          object: (
            <>
              <span className="block text-xs text-slate-600">{labels.entity(row.object.type)}</span>
              <AuditObjectName object={row.object} adminBase={adminBase} fallback={labels.deleted} />
              <Link
                href={`${path}?entity=${row.object.type}&entityId=${row.object.id}`}
                className="mt-1 block w-fit rounded text-xs text-brand-700 underline-offset-4 hover:underline"
              >
                {t("table.history")}
                <span className="sr-only">: {row.object.name ?? labels.entity(row.object.type)}</span>
              </Link>
            </>
          ),
          changes: <AuditChanges before={row.before} after={row.after} requestId={row.requestId} />,
        },
      }))}
    />
  );
}
