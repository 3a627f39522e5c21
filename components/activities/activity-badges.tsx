import { useTranslations } from "next-intl";
import { CalendarDays, CheckSquare, Mail, Phone, StickyNote, type LucideIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { ActivityKindValue } from "@/lib/activities/schema";
import type { ActivityItem } from "@/lib/activities/types";

export const KIND_ICONS: Record<ActivityKindValue, LucideIcon> = {
  CALL: Phone,
  MEETING: CalendarDays,
  EMAIL: Mail,
  NOTE: StickyNote,
  TASK: CheckSquare,
};

/** Internal (the vendor's own) or shared with the partner: said in words, never colour alone. */
export function VisibilityBadge({ visibility }: { visibility: ActivityItem["visibility"] }) {
  const t = useTranslations("activities.visibility");
  return <Badge tone={visibility === "INTERNAL" ? "neutral" : "info"}>{t(visibility)}</Badge>;
}

/** A task's state: open, overdue or done. */
export function TaskStateBadge({ item }: { item: Pick<ActivityItem, "completedAt" | "overdue"> }) {
  const t = useTranslations("activities.task");
  if (item.completedAt) return <Badge tone="success" dot>{t("done")}</Badge>;
  if (item.overdue) return <Badge tone="danger" dot>{t("overdue")}</Badge>;
  return <Badge tone="warning" dot>{t("open")}</Badge>;
}
