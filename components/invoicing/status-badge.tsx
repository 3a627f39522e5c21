import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { InvoiceStatusValue } from "@/lib/invoicing/schema";

const TONE: Record<InvoiceStatusValue, BadgeTone> = {
  OPEN: "info",
  PARTIALLY_PAID: "warning",
  PAID: "success",
  CREDITED: "neutral",
  OVERDUE: "danger",
};

/** An invoice's status as people read it: its settlement, or overdue. */
export function InvoiceStatusBadge({ status }: { status: InvoiceStatusValue }) {
  const t = useTranslations("invoicing.status");
  return (
    <Badge tone={TONE[status]} data-invoice-status={status}>
      {t(status)}
    </Badge>
  );
}
