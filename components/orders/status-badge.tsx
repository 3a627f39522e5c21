import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { OrderStatusValue } from "@/lib/orders/schema";

const TONE: Record<OrderStatusValue, BadgeTone> = {
  DRAFT: "neutral",
  SUBMITTED: "info",
  PENDING_APPROVAL: "warning",
  APPROVED: "brand",
  ALLOCATED: "brand",
  PARTIALLY_SHIPPED: "info",
  SHIPPED: "success",
  DELIVERED: "success",
  REJECTED: "danger",
  ON_HOLD: "warning",
  CANCELLED: "neutral",
};

export function OrderStatusBadge({ status }: { status: OrderStatusValue }) {
  const t = useTranslations("orders.status");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
