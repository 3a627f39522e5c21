import { useFormatter } from "next-intl";
import type { AuditListItem } from "@/lib/audit/schema";
import { AuditActorName, AuditObjectName } from "./audit-links";
import { useAuditLabels } from "./use-audit-labels";

/** A compact timeline of recent audit entries: who did what to which record, how long ago. */
export function ActivityList({
  entries,
  adminBase,
  timeZone,
  now,
}: {
  entries: AuditListItem[];
  adminBase: string;
  timeZone: string;
  now: Date;
}) {
  const labels = useAuditLabels();
  const format = useFormatter();
  return (
    <ol className="divide-y divide-slate-100">
      {entries.map((entry) => {
        const actor = entry.actor?.name || entry.actor?.email || labels.system;
        return (
          <li key={entry.id} className="flex items-start gap-3 py-3 first:pt-0 last:pb-0">
            <span
              aria-hidden="true"
              className="mt-0.5 flex size-8 shrink-0 items-center justify-center rounded-full bg-slate-100 text-xs font-semibold text-slate-700 uppercase"
            >
              {actor.slice(0, 1)}
            </span>
            <div className="min-w-0 flex-1">
              <p className="text-sm text-slate-900">
                <AuditActorName actor={entry.actor} auditPath={`${adminBase}/audit`} system={labels.system} />
                <span className="text-slate-600"> · </span>
                {labels.action(entry.action)}
              </p>
              <p className="text-sm">
                <AuditObjectName
                  object={entry.object}
                  adminBase={adminBase}
                  fallback={labels.entity(entry.object.type)}
                />
              </p>
              <p className="text-xs text-slate-600">
                {labels.entity(entry.object.type)} ·{" "}
                <time
                  dateTime={entry.createdAt.toISOString()}
                  title={format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone })}
                >
                  {format.relativeTime(entry.createdAt, now)}
                </time>
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
