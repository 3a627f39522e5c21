import Link from "@/components/ui/link";
import { useFormatter, useTranslations } from "next-intl";
import { DataTable, type DataTableState } from "@/components/ui/data-table";
import { CONFLICT_KINDS, CONFLICT_STATUSES } from "@/lib/conflicts/schema";
import type { ConflictItem } from "@/lib/conflicts/types";
import type { ServerAction } from "@/lib/http/action-state";
import { ConflictStatusBadge } from "./conflict-badges";
import { ResolveDialog } from "./resolve-dialog";

export type ConflictsTableProps = {
  tenant: string;
  rows: ConflictItem[];
  state: DataTableState;
  timeZone: string;
  empty: React.ReactNode;
  /** Absent for readers who may not decide conflicts. */
  resolve?: ServerAction;
};

/** The conflict queue: who claims what, against whom, and the decision. */
export function ConflictsTable({ tenant, rows, state, timeZone, empty, resolve }: ConflictsTableProps) {
  const t = useTranslations("conflicts");
  const kinds = useTranslations("enums.conflictKind");
  const statuses = useTranslations("enums.conflictStatus");
  const format = useFormatter();
  const base = `/${tenant}/admin`;
  return (
    <DataTable
      label={t("table.label")}
      state={state}
      empty={empty}
      noMatch={{ title: t("noMatch.title"), description: t("noMatch.description") }}
      filters={[
        { id: "status", kind: "select", label: t("filters.status"), allLabel: t("filters.allStatuses"), options: CONFLICT_STATUSES.map((value) => ({ value, label: statuses(value) })) },
        { id: "kind", kind: "select", label: t("filters.kind"), allLabel: t("filters.allKinds"), options: CONFLICT_KINDS.map((value) => ({ value, label: kinds(value) })) },
      ]}
      columns={[
        { id: "account", header: t("table.account"), className: "min-w-48" },
        { id: "claimant", header: t("table.claimant") },
        { id: "other", header: t("table.other"), wrap: true },
        { id: "status", header: t("table.status") },
        { id: "decision", header: t("table.decision"), wrap: true, priority: "secondary" },
        { id: "created", header: t("table.created"), sortable: true, priority: "secondary", className: "whitespace-nowrap" },
      ]}
      rows={rows.map((conflict) => ({
        id: conflict.id,
        label: conflict.account.name,
        cells: {
          account: (
            <span className="grid gap-1">
              <Link href={`${base}/accounts/${conflict.account.id}`} className="rounded font-medium text-brand-800 underline-offset-4 [overflow-wrap:anywhere] hover:underline">
                {conflict.account.name}
              </Link>
              <span className="text-sm text-slate-600">{kinds(conflict.kind)}</span>
            </span>
          ),
          claimant: (
            <Link href={`${base}/partners/${conflict.claimant.id}`} className="rounded text-brand-800 underline-offset-4 hover:underline">
              {conflict.claimant.name}
            </Link>
          ),
          other:
            conflict.kind === "OUT_OF_TERRITORY" ? (
              t("table.outside", { territory: conflict.territoryPath ?? t("table.noTerritory") })
            ) : (
              <span>
                {conflict.otherAccount ? (
                  // Inside a sentence: underlined, so it is told apart without relying on colour (WCAG 1.4.1).
                  <Link href={`${base}/accounts/${conflict.otherAccount.id}`} className="rounded text-brand-800 underline underline-offset-4">
                    {conflict.otherAccount.name}
                  </Link>
                ) : null}{" "}
                ({conflict.otherPartner?.name ?? t("table.direct")}) · {t("table.matchedOn", { keys: conflict.matchedOn.map((k) => t(`keys.${k}` as never)).join(", ") })}
              </span>
            ),
          status: <ConflictStatusBadge status={conflict.status} />,
          decision:
            conflict.status === "OPEN"
              ? resolve && <ResolveDialog tenant={tenant} action={resolve} conflict={{ id: conflict.id, version: conflict.version, accountName: conflict.account.name }} />
              : conflict.resolutionReason,
          created: (
            <time dateTime={conflict.createdAt.toISOString()}>{format.dateTime(conflict.createdAt, { dateStyle: "medium", timeZone })}</time>
          ),
        },
      }))}
    />
  );
}
