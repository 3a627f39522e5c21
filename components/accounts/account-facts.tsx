import { useLocale, useTranslations } from "next-intl";
import { countryName } from "@/components/backoffice/country";
import { Facts } from "@/components/backoffice/facts";
import type { AccountDetail } from "@/lib/accounts/types";
import { ReviewBadge } from "./review-badge";

/** What an account is: owner (back office only), keys and place. */
export function AccountFacts({ account, showOwner }: { account: AccountDetail; showOwner: boolean }) {
  const t = useTranslations("accounts.detail");
  const industries = useTranslations("enums.industry");
  const locale = useLocale();
  const muted = (text: string) => <span className="font-normal text-slate-600">{text}</span>;
  const none = muted(t("none"));
  return (
    <Facts
      items={[
        ...(showOwner ? [{ label: t("owner"), value: account.partner?.name ?? muted(t("direct")) }] : []),
        { label: t("review"), value: <ReviewBadge status={account.reviewStatus} /> },
        { label: t("website"), value: account.domain ?? none },
        { label: t("taxId"), value: account.taxId ?? none },
        { label: t("country"), value: countryName(account.country, locale) ?? none },
        { label: t("region"), value: account.region ?? none },
        { label: t("city"), value: account.city ?? none },
        { label: t("postalCode"), value: account.postalCode ?? none },
        { label: t("industry"), value: account.industry ? industries(account.industry) : none },
        { label: t("territory"), value: account.territory?.path ?? none },
      ]}
    />
  );
}
