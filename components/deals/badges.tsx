import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { OpportunityStatusValue, RegistrationStatusValue } from "@/lib/deals/schema";

const REGISTRATION_TONE: Record<RegistrationStatusValue, BadgeTone> = {
  PENDING: "warning",
  APPROVED: "success",
  REJECTED: "danger",
  EXPIRED: "neutral",
  WITHDRAWN: "neutral",
};

const OPPORTUNITY_TONE: Record<OpportunityStatusValue, BadgeTone> = { OPEN: "info", WON: "success", LOST: "neutral" };

export function RegistrationStatusBadge({ status }: { status: RegistrationStatusValue }) {
  const t = useTranslations("enums.registrationStatus");
  return <Badge tone={REGISTRATION_TONE[status]}>{t(status)}</Badge>;
}

export function OpportunityStatusBadge({ status }: { status: OpportunityStatusValue }) {
  const t = useTranslations("enums.opportunityStatus");
  return <Badge tone={OPPORTUNITY_TONE[status]}>{t(status)}</Badge>;
}
