import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { ChannelManagerContact, TeamRules as Rules } from "@/lib/partners/types";

export type TeamRulesProps = {
  rules: Rules;
  vendor: string;
  /** The reader may change the team (partner admin, self-service on). */
  manages: boolean;
  channelManager: ChannelManagerContact | null;
};

/**
 * The vendor's rules as a partner's team sees them: its seats (active and invited apart,
 * against the limit), and who to ask when the vendor manages the team itself or the seats
 * are all taken.
 */
export function TeamRules({ rules, vendor, manages, channelManager }: TeamRulesProps) {
  const t = useTranslations("team");
  const taken = rules.seats.active + rules.seats.invited;
  const full = rules.seatLimit !== null && taken >= rules.seatLimit;
  const seats =
    rules.seatLimit === null
      ? t("counts.noLimit")
      : full
        ? t("counts.limitReached", { limit: rules.seatLimit })
        : t("counts.limit", { taken, limit: rules.seatLimit });
  return (
    <section aria-label={t("portal.rulesTitle")} className="mb-6 space-y-4">
      <p className="text-sm text-slate-700">
        <span className="font-medium text-slate-900">{t("counts.active", { count: rules.seats.active })}</span>
        {" · "}
        {t("counts.invited", { count: rules.seats.invited })}
        {" · "}
        {seats}
        <span className="block text-xs text-slate-600">{t("counts.seatsHint")}</span>
      </p>
      {!rules.selfService && (
        <Alert tone="info" role="note">
          {channelManager
            ? t("portal.readOnlyWithManager", { vendor, manager: channelManager.name, email: channelManager.email })
            : t("portal.readOnly", { vendor })}
        </Alert>
      )}
      {manages && full && (
        <Alert tone="warning" role="note">
          {t("portal.limitReached", { vendor })}
        </Alert>
      )}
    </section>
  );
}
