import { getFormatter } from "next-intl/server";
import { getAuditLabels } from "./audit-labels.server";

export type ActivityEntry = {
  id: string;
  action: string;
  entityType: string;
  createdAt: Date;
  actor: { name: string; email: string } | null;
};

/** A compact timeline of recent audit entries: who did what, how long ago. */
export async function ActivityList({ entries, timeZone }: { entries: ActivityEntry[]; timeZone: string }) {
  const [labels, format] = await Promise.all([getAuditLabels(), getFormatter()]);
  const now = new Date();
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
                <span className="font-medium">{actor}</span>
                <span className="text-slate-600"> · </span>
                {labels.action(entry.action)}
              </p>
              <p className="text-xs text-slate-600">
                {labels.entity(entry.entityType)} ·{" "}
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
