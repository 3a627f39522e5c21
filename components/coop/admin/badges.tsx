import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { CoopClaimStatusValue, CoopRequestStatusValue } from "@/lib/coop/schema";

const REQUEST_TONE: Record<CoopRequestStatusValue, BadgeTone> = { PROPOSED: "info", APPROVED: "brand", REJECTED: "danger", CLAIMED: "success", EXPIRED: "neutral", CANCELLED: "neutral" };
const CLAIM_TONE: Record<CoopClaimStatusValue, BadgeTone> = { SUBMITTED: "info", INFO_REQUESTED: "warning", APPROVED: "brand", REJECTED: "danger", PAID: "success" };

export function RequestStatusBadge({ status }: { status: CoopRequestStatusValue }) {
  const t = useTranslations("coopAdmin.requestStatus");
  return <Badge tone={REQUEST_TONE[status]}>{t(status)}</Badge>;
}

export function ClaimStatusBadge({ status }: { status: CoopClaimStatusValue }) {
  const t = useTranslations("coopAdmin.claimStatus");
  return <Badge tone={CLAIM_TONE[status]}>{t(status)}</Badge>;
}

/**
 * How long it has waited for the vendor; past the tenant's review target (`overdue`, decided by
 * the service from the co-op settings) it says "overdue" in words, not only in colour.
 */
export function WaitBadge({ hours, overdue, targetHours }: { hours: number | null; overdue: boolean; targetHours: number }) {
  const t = useTranslations("coopAdmin.sla");
  if (hours === null) return <span className="text-slate-600">—</span>;
  const text = hours < 48 ? t("hours", { hours }) : t("days", { days: Math.floor(hours / 24) });
  return overdue ? (
    <Badge tone="danger" dot title={t("target", { hours: targetHours })}>
      {t("overdue", { wait: text })}
    </Badge>
  ) : (
    <Badge tone="neutral">{text}</Badge>
  );
}
