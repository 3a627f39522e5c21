import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { ApplicationStatusValue } from "@/lib/applications/schema";

const tone = { PENDING: "warning", APPROVED: "success", REJECTED: "neutral" } as const;

export function ApplicationStatusBadge({ status }: { status: ApplicationStatusValue }) {
  const t = useTranslations("applications.status");
  return (
    <Badge tone={tone[status]} dot>
      {t(status)}
    </Badge>
  );
}
