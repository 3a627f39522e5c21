import Link from "@/components/ui/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Facts } from "@/components/backoffice/facts";
import type { OpportunityDetail } from "@/lib/deals/types";
import { formatAmount, formatDay } from "./format";

/** A deal's figures and people; links only where the reader can follow them. */
export function OpportunityFacts({ deal, base, vendor }: { deal: OpportunityDetail; base: string; vendor: boolean }) {
  const t = useTranslations("deals.opportunity");
  const f = useTranslations("deals.form");
  const format = useFormatter();
  const locale = useLocale();
  const link = "text-brand-800 underline underline-offset-4";
  const none = <span className="font-normal text-slate-600">{t("none")}</span>;
  return (
    <Facts
      items={[
        { label: f("title"), value: deal.name },
        { label: f("amount"), value: formatAmount(deal.amountMinor, deal.currency, locale) },
        { label: f("closeOn"), value: formatDay(format, deal.closeOn) },
        { label: t("stage"), value: t("stageValue", { stage: deal.stage.name, probability: deal.stage.probability }) },
        ...(deal.winReason ? [{ label: t("winReason"), value: deal.winReason }] : []),
        ...(deal.lossReason ? [{ label: t("lossReason"), value: deal.lossReason }] : []),
        ...(vendor
          ? [
              {
                label: t("partner"),
                value: deal.partner ? (
                  <Link href={`${base}/partners/${deal.partner.id}?tab=deals`} className={link}>
                    {deal.partner.name}
                  </Link>
                ) : (
                  t("direct")
                ),
              },
              { label: t("territory"), value: deal.territory?.path ?? none },
              { label: t("rep"), value: deal.rep?.name ?? none },
            ]
          : []),
        {
          label: t("account"),
          value: deal.account ? (
            <Link href={`${base}/accounts/${deal.account.id}`} className={link}>
              {deal.account.name}
            </Link>
          ) : (
            none
          ),
        },
        ...(deal.registrationId
          ? [
              {
                label: t("registration"),
                value: (
                  <Link href={`${base}/deals/registrations/${deal.registrationId}`} className={link}>
                    {t("openRegistration")}
                  </Link>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
