import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";

export type MemberStatusValue = "INVITED" | "ACTIVE" | "DEACTIVATED";

const tones: Record<MemberStatusValue, BadgeTone> = { INVITED: "info", ACTIVE: "success", DEACTIVATED: "neutral" };

/** Seat status of a vendor or portal user (invited, active, deactivated). */
export function MemberStatusBadge({ status }: { status: MemberStatusValue }) {
  const t = useTranslations("enums.memberStatus");
  return (
    <Badge tone={tones[status]} dot>
      {t(status)}
    </Badge>
  );
}
