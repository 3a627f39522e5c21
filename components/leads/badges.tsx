import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { LeadOfferStatusValue, LeadStatusValue } from "@/lib/leads/schema";

const LEAD_TONE: Record<LeadStatusValue, BadgeTone> = {
  NEW: "info",
  OFFERED: "warning",
  ACCEPTED: "success",
  DECLINED: "danger",
  EXPIRED: "danger",
  CONVERTED: "success",
  LOST: "neutral",
};

const OFFER_TONE: Record<LeadOfferStatusValue, BadgeTone> = {
  OFFERED: "warning",
  ACCEPTED: "success",
  DECLINED: "danger",
  EXPIRED: "danger",
  WITHDRAWN: "neutral",
};

export function LeadStatusBadge({ status }: { status: LeadStatusValue }) {
  const t = useTranslations("enums.leadStatus");
  return <Badge tone={LEAD_TONE[status]}>{t(status)}</Badge>;
}

export function OfferStatusBadge({ status }: { status: LeadOfferStatusValue }) {
  const t = useTranslations("enums.leadOfferStatus");
  return <Badge tone={OFFER_TONE[status]}>{t(status)}</Badge>;
}
