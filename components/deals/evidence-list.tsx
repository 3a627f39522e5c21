import Link from "@/components/ui/link";
import { useFormatter, useTranslations } from "next-intl";
import { ShieldCheck } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import type { EvidenceItem } from "@/lib/deals/types";
import { OpportunityStatusBadge, RegistrationStatusBadge } from "./badges";
import { formatDay } from "./format";

/**
 * What the reviewer weighs (back office only): each duplicate or conflict with what
 * matched, the other side's current state and owner, linked where the reviewer can open it.
 */
export function EvidenceList({ evidence, base }: { evidence: EvidenceItem[]; base: string }) {
  const t = useTranslations("deals.evidence");
  const kinds = useTranslations("enums.dealMatchKind");
  const format = useFormatter();
  if (!evidence.length) return <EmptyState headingLevel="h3" icon={<ShieldCheck />} title={t("none.title")} description={t("none.description")} />;
  const keys = (item: EvidenceItem) =>
    item.matchedOn.map((key) => (key === "similarName" ? t("keys.similarName", { score: item.similarity ?? 0 }) : t(`keys.${key}` as never))).join(", ");
  const link = "rounded font-medium text-brand-800 underline underline-offset-4";
  return (
    <ul className="space-y-3">
      {evidence.map((item) => (
        <li key={item.id} className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-slate-900">
          <p className="font-semibold">{kinds(item.kind)}</p>
          {item.kind === "TERRITORY" ? (
            <p>{t("territory", { territory: item.territoryPath ?? t("noTerritory") })}</p>
          ) : (
            <>
              <p>{t("matched", { keys: keys(item) })}</p>
              <p className="flex flex-wrap items-center gap-2">
                {item.other?.type === "registration" && (
                  <>
                    <Link href={`${base}/deals/registrations/${item.other.id}`} className={link}>
                      {item.other.customerName}: {item.other.title}
                    </Link>
                    <RegistrationStatusBadge status={item.other.status} />
                    {item.other.protectedUntil && <span>{t("protectedUntil", { day: formatDay(format, item.other.protectedUntil) })}</span>}
                  </>
                )}
                {item.other?.type === "opportunity" && (
                  <>
                    <Link href={`${base}/deals/opportunities/${item.other.id}`} className={link}>
                      {item.other.customerName}: {item.other.name}
                    </Link>
                    <OpportunityStatusBadge status={item.other.status} />
                  </>
                )}
                {item.other?.type === "account" && (
                  <Link href={`${base}/accounts/${item.other.id}`} className={link}>
                    {item.other.name}
                  </Link>
                )}
              </p>
              <p>
                {t("owner")}{" "}
                {item.otherPartner ? (
                  <Link href={`${base}/partners/${item.otherPartner.id}`} className={link}>
                    {item.otherPartner.name}
                  </Link>
                ) : (
                  <span className="font-medium">{t("direct")}</span>
                )}
              </p>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
