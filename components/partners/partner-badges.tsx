import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { PARTNER_STATUSES, PARTNER_TYPES } from "@/lib/partners/schema";

export type PartnerStatusValue = (typeof PARTNER_STATUSES)[number];
export type PartnerTypeValue = (typeof PARTNER_TYPES)[number];

/** One tone per lifecycle stage; the text, not the colour, carries the meaning. */
export const partnerStatusTone: Record<PartnerStatusValue, BadgeTone> = {
  PROSPECT: "neutral",
  ONBOARDING: "info",
  ACTIVE: "success",
  SUSPENDED: "warning",
  OFFBOARDED: "danger",
};

export function PartnerStatusBadge({ status }: { status: PartnerStatusValue }) {
  const t = useTranslations("enums.partnerStatus");
  return (
    <Badge tone={partnerStatusTone[status]} dot>
      {t(status)}
    </Badge>
  );
}

export function PartnerTypeBadge({ type }: { type: PartnerTypeValue }) {
  const t = useTranslations("enums.partnerType");
  return <Badge tone="brand">{t(type)}</Badge>;
}
