import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { CoopClaimStatusValue, CoopRequestStatusValue } from "@/lib/coop/schema";

const REQUEST_TONE: Record<CoopRequestStatusValue, BadgeTone> = {
  PROPOSED: "info",
  APPROVED: "brand",
  REJECTED: "danger",
  CLAIMED: "success",
  EXPIRED: "neutral",
  CANCELLED: "neutral",
};

export function CoopRequestStatusBadge({ status }: { status: CoopRequestStatusValue }) {
  const t = useTranslations("coopPortal.requestStatus");
  return <Badge tone={REQUEST_TONE[status]}>{t(status)}</Badge>;
}

const CLAIM_TONE: Record<CoopClaimStatusValue, BadgeTone> = {
  SUBMITTED: "info",
  INFO_REQUESTED: "warning",
  APPROVED: "brand",
  REJECTED: "danger",
  PAID: "success",
};

export function CoopClaimStatusBadge({ status }: { status: CoopClaimStatusValue }) {
  const t = useTranslations("coopPortal.claimStatus");
  return <Badge tone={CLAIM_TONE[status]}>{t(status)}</Badge>;
}
