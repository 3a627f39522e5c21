import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { PriceListStatusValue } from "@/lib/pricing/schema";
import type { PriceListItem } from "@/lib/pricing/types";

const TONE: Record<PriceListStatusValue, BadgeTone> = { DRAFT: "neutral", PUBLISHED: "success", CHANGED: "warning", ARCHIVED: "neutral" };

export function PriceListStatusBadge({ status }: { status: PriceListStatusValue }) {
  const t = useTranslations("pricing.status");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}

/** Whom a list is for, in words: "Base list", "Partner type: Distributor", "Partner: Northwind". */
export function TargetText({ list }: { list: Pick<PriceListItem, "target" | "partnerType" | "partner" | "tierName"> }) {
  const t = useTranslations("pricing.targetText");
  const types = useTranslations("enums.partnerType");
  switch (list.target) {
    case "BASE":
      return <>{t("BASE")}</>;
    case "PARTNER_TYPE":
      return <>{t("PARTNER_TYPE", { type: list.partnerType ? types(list.partnerType as never) : "" })}</>;
    case "PARTNER":
      return <>{t("PARTNER", { partner: list.partner?.name ?? "" })}</>;
    case "TIER":
      return <>{t("TIER", { tier: list.tierName ?? "" })}</>;
  }
}
