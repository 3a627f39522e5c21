import Link from "@/components/ui/link";
import { useFormatter, useTranslations } from "next-intl";
import { History } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import type { ActivityItem } from "@/lib/activities/types";
import type { ServerAction } from "@/lib/http/action-state";
import { KIND_ICONS, TaskStateBadge, VisibilityBadge } from "./activity-badges";
import { CompleteTaskButton } from "./complete-task-button";

export type ActivityTimelineProps = {
  tenant: string;
  items: ActivityItem[];
  /** Marks tasks done where the item says the reader may. */
  complete?: ServerAction;
  /** The vendor sees whether each entry is internal or shared; the portal sees only shared ones. */
  showVisibility: boolean;
  empty: { title: string; description: string };
  /** Older entries exist beyond this page. */
  more?: React.ReactNode;
  /** On a partner's timeline, entries about one of its accounts link to it (the back office's account pages). */
  accountsBase?: string;
  /** …and entries about one of its deals name and link the deal (a deal's own timeline needs neither). */
  dealsBase?: string;
};

/** A day ("YYYY-MM-DD") in the reader's words, without moving it across time zones. */
function useDay() {
  const format = useFormatter();
  return (day: string) => format.dateTime(new Date(`${day}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
}

/**
 * What happened with a subject, newest first: calls, meetings, e-mails, notes and tasks,
 * who logged them, and — for tasks — due date, assignee, state and "Mark done".
 */
export function ActivityTimeline({ tenant, items, complete, showVisibility, empty, more, accountsBase, dealsBase }: ActivityTimelineProps) {
  const t = useTranslations("activities");
  const day = useDay();
  if (items.length === 0) return <EmptyState headingLevel="h3" icon={<History />} title={empty.title} description={empty.description} />;
  return (
    <>
      <ol className="space-y-4" aria-label={t("timeline.label")}>
        {items.map((item) => {
          const Icon = KIND_ICONS[item.kind];
          return (
            <li key={item.id} className="flex gap-3">
              <span className="mt-0.5 flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-50 text-brand-800">
                <Icon aria-hidden="true" className="size-4" />
              </span>
              <div className="min-w-0 flex-1 space-y-1 border-b border-slate-100 pb-4">
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <span className="font-medium text-slate-900 [overflow-wrap:anywhere]">{item.title}</span>
                  {showVisibility && <VisibilityBadge visibility={item.visibility} />}
                  {item.kind === "TASK" && <TaskStateBadge item={item} />}
                </p>
                {item.account && (
                  <p className="text-xs text-slate-700">
                    {t("timeline.onAccount")}{" "}
                    {accountsBase ? (
                      <Link href={`${accountsBase}/${item.account.id}`} className="rounded font-medium text-brand-800 hover:underline">
                        {item.account.name}
                      </Link>
                    ) : (
                      <span className="font-medium">{item.account.name}</span>
                    )}
                  </p>
                )}
                {item.deal && dealsBase && (
                  <p className="text-xs text-slate-700">
                    {t("timeline.onDeal")}{" "}
                    <Link href={`${dealsBase}/${item.deal.id}`} className="rounded font-medium text-brand-800 hover:underline">
                      {item.deal.name}
                    </Link>
                  </p>
                )}
                <p className="text-xs text-slate-600">
                  {t("timeline.meta", {
                    kind: t(`kinds.${item.kind}`),
                    day: day(item.occurredOn),
                    author: item.author.name,
                    side: item.author.side,
                  })}
                </p>
                {item.body && <p className="text-sm whitespace-pre-line text-slate-800 [overflow-wrap:anywhere]">{item.body}</p>}
                {item.kind === "TASK" && item.dueOn && (
                  <p className="text-sm text-slate-700">
                    {t("timeline.due", { day: day(item.dueOn) })}
                    {item.assignee && <> · {t("timeline.assignee", { name: item.assignee.name })}</>}
                    {item.remindOn && !item.completedAt && <> · {t("timeline.reminder", { day: day(item.remindOn) })}</>}
                    {item.completedBy && <> · {t("timeline.completedBy", { name: item.completedBy })}</>}
                  </p>
                )}
                {complete && item.canComplete && (
                  <div className="pt-1">
                    <CompleteTaskButton tenant={tenant} task={item} action={complete} />
                  </div>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {more}
    </>
  );
}
