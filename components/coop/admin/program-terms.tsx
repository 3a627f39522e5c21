import { useTranslations } from "next-intl";
import type { ProgramDetail } from "@/lib/coop/detail";

/** A program's terms in sentences: how it fills, what it applies to, what it pays for and by when. */
export function ProgramTerms({ program }: { program: ProgramDetail }) {
  const t = useTranslations("coopAdmin.terms");
  const types = useTranslations("coopAdmin.activityType");
  const scope = [program.scope.brand && t("brand", { name: program.scope.brand }), program.scope.family && t("family", { name: program.scope.family }), program.scope.tier && t("tier", { name: program.scope.tier })].filter(Boolean).join(" · ");
  return (
    <ul className="space-y-1 text-slate-800">
      <li>{program.kind === "COOP" ? t("accrues", { rate: program.accrualRate ?? "", basis: t(`basis.${program.accrualBasis ?? "INVOICED"}`) }) : program.campaign ? t("campaign", { campaign: program.campaign }) : t("allocated")}</li>
      <li>{scope || t("allProducts")}</li>
      <li>{t("period", { period: t(`periods.${program.period}`), currency: program.currency })}</li>
      <li>{t("activities", { list: program.activityTypes.map((a) => types(a)).join(", ") })}</li>
      <li>{t("share", { percent: program.maxSharePercent })}</li>
      <li>{program.requiresPreApproval ? t("preApproval") : t("noPreApproval")}</li>
      <li>{t("deadlines", { claimDays: program.claimDays, graceDays: program.graceDays })}</li>
      <li>{t("expense", { account: program.expenseAccount })}</li>
      {program.description && <li className="pt-1 whitespace-pre-line text-slate-700">{program.description}</li>}
    </ul>
  );
}
