import Link from "@/components/ui/link";
import { useFormatter, useTranslations } from "next-intl";
import { DataTable, type DataTableState } from "@/components/ui/data-table";
import { TASK_STATES } from "@/lib/activities/schema";
import type { ActivityItem } from "@/lib/activities/types";
import type { ServerAction } from "@/lib/http/action-state";
import { TaskStateBadge, VisibilityBadge } from "./activity-badges";
import { CompleteTaskButton } from "./complete-task-button";

export type TasksTableProps = {
  tenant: string;
  rows: ActivityItem[];
  state: DataTableState;
  basePath: string;
  /** The back office links each task to its partner and says whether it is shared. */
  side: "vendor" | "partner";
  complete?: ServerAction;
  timeZone: string;
  empty: React.ReactNode;
};

/** "My tasks": due date, state, what it is about, and "Mark done". */
export function TasksTable({ tenant, rows, state, basePath, side, complete, timeZone, empty }: TasksTableProps) {
  const t = useTranslations("activities");
  const format = useFormatter();
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const partnersPath = `/${tenant}/admin/partners`;
  return (
    <DataTable
      label={t("tasks.label")}
      state={state}
      exportHref={`${basePath}/export`}
      empty={empty}
      noMatch={{ title: t("tasks.noMatch.title"), description: t("tasks.noMatch.description") }}
      filters={[
        { id: "q", kind: "search", label: t("tasks.filters.search"), placeholder: t("tasks.filters.searchPlaceholder") },
        {
          id: "state",
          kind: "select",
          label: t("tasks.filters.state"),
          allLabel: t("tasks.filters.allStates"),
          options: TASK_STATES.map((value) => ({ value, label: t(`tasks.states.${value}`) })),
        },
      ]}
      columns={[
        { id: "title", header: t("tasks.columns.title"), className: "min-w-48", wrap: true },
        { id: "due", header: t("tasks.columns.due"), sortable: true, className: "whitespace-nowrap" },
        { id: "state", header: t("tasks.columns.state") },
        ...(side === "vendor"
          ? [
              { id: "partner", header: t("tasks.columns.partner"), priority: "secondary" as const },
              { id: "visibility", header: t("tasks.columns.visibility"), priority: "secondary" as const },
            ]
          : []),
        { id: "author", header: t("tasks.columns.author"), priority: "secondary" as const },
        { id: "created", header: t("tasks.columns.created"), sortable: true, priority: "secondary" as const, className: "whitespace-nowrap" },
        { id: "action", header: t("tasks.columns.action") },
      ]}
      rows={rows.map((task) => ({
        id: task.id,
        label: task.title,
        cells: {
          title: <span className="font-medium text-slate-900 [overflow-wrap:anywhere]">{task.title}</span>,
          due: task.dueOn ? <time dateTime={task.dueOn}>{day(task.dueOn)}</time> : null,
          state: <TaskStateBadge item={task} />,
          partner: task.partner ? (
            <Link
              href={`${partnersPath}/${task.partner.id}?tab=timeline`}
              className="rounded font-medium text-brand-800 underline-offset-4 [overflow-wrap:anywhere] hover:underline"
            >
              {task.partner.name}
            </Link>
          ) : null,
          visibility: <VisibilityBadge visibility={task.visibility} />,
          author: task.author.name,
          created: <time dateTime={task.createdAt.toISOString()}>{format.dateTime(task.createdAt, { dateStyle: "medium", timeZone })}</time>,
          action:
            complete && task.canComplete ? (
              <CompleteTaskButton tenant={tenant} task={task} action={complete} />
            ) : task.completedBy ? (
              <span className="text-sm text-slate-600">{t("timeline.completedBy", { name: task.completedBy })}</span>
            ) : null,
        },
      }))}
    />
  );
}
