import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { CoverageStatus } from "@/lib/warranties/coverage";
import type { ClaimStatusValue } from "@/lib/warranties/lifecycle";

const CLAIM_TONE: Record<ClaimStatusValue, BadgeTone> = {
  FILED: "info",
  ELIGIBILITY_CHECKED: "info",
  INFO_REQUESTED: "warning",
  APPROVED: "brand",
  REJECTED: "danger",
  RMA_ISSUED: "brand",
  RECEIVED: "brand",
  REPAIRED: "success",
  REPLACED: "success",
  CREDITED: "success",
  CLOSED: "neutral",
};

export function ClaimStatusBadge({ status }: { status: ClaimStatusValue }) {
  const t = useTranslations("warranties.claimStatus");
  return <Badge tone={CLAIM_TONE[status]}>{t(status)}</Badge>;
}

const COVERAGE_TONE: Record<CoverageStatus, BadgeTone> = { COVERED: "success", EXPIRED: "danger", NOT_STARTED: "info", AWAITING_START: "warning", NO_POLICY: "neutral" };

export function CoverageBadge({ status }: { status: CoverageStatus }) {
  const t = useTranslations("warranties.coverage.status");
  return <Badge tone={COVERAGE_TONE[status]}>{t(status)}</Badge>;
}
