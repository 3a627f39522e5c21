import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ReviewStatusValue } from "@/lib/accounts/schema";

const TONE: Record<ReviewStatusValue, BadgeTone> = { CLEAR: "success", UNDER_REVIEW: "warning", DECLINED: "danger" };

/** Whether a partner's claim on an account stands. */
export function ReviewBadge({ status }: { status: ReviewStatusValue }) {
  const t = useTranslations("enums.reviewStatus");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
