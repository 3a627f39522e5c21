import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ConflictStatusValue } from "@/lib/conflicts/schema";

const TONE: Record<ConflictStatusValue, BadgeTone> = { OPEN: "warning", ALLOWED: "success", DECLINED: "neutral" };

export function ConflictStatusBadge({ status }: { status: ConflictStatusValue }) {
  const t = useTranslations("enums.conflictStatus");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
