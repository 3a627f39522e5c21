import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ProductStatusValue } from "@/lib/catalog/schema";

const TONE: Record<ProductStatusValue, BadgeTone> = { DRAFT: "neutral", ACTIVE: "success", DISCONTINUED: "warning" };

/** Where a product stands in its lifecycle. */
export function ProductStatusBadge({ status }: { status: ProductStatusValue }) {
  const t = useTranslations("catalog.status");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
