import type { ActivityItem } from "@/lib/activities/types";
import type { CsvColumn } from "@/lib/lists/csv";

type Translate = (key: string, values?: Record<string, string>) => string;

/** The columns of a "my tasks" export, in the reader's language (the back office adds partner and visibility). */
export function taskCsvColumns(t: Translate, side: "vendor" | "partner"): CsvColumn<ActivityItem>[] {
  const state = (task: ActivityItem) => t(`tasks.states.${task.completedAt ? "done" : task.overdue ? "overdue" : "open"}`);
  return [
    { header: "ID", value: (task) => task.id },
    { header: t("tasks.columns.title"), value: (task) => task.title },
    { header: t("tasks.columns.due"), value: (task) => task.dueOn },
    { header: t("tasks.columns.state"), value: state },
    ...(side === "vendor"
      ? [
          { header: t("tasks.columns.partner"), value: (task: ActivityItem) => task.partner?.name ?? null },
          { header: t("tasks.columns.visibility"), value: (task: ActivityItem) => t(`visibility.${task.visibility}`) },
        ]
      : []),
    { header: t("tasks.columns.author"), value: (task) => task.author.name },
    { header: t("tasks.columns.notes"), value: (task) => task.body },
    { header: t("tasks.columns.created"), value: (task) => task.createdAt },
    { header: t("tasks.columns.completed"), value: (task) => task.completedAt },
  ];
}
