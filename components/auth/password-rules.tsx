"use client";

import { Check, Circle } from "lucide-react";
import { useTranslations } from "next-intl";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { cn } from "@/components/ui/cn";

/**
 * The password rules, shown before the first attempt rather than after a refusal. The
 * length rule is checked as the user types; "not common" needs the server's dictionary.
 */
export function PasswordRules({ id, value }: { id: string; value: string }) {
  const t = useTranslations("auth.password");
  const longEnough = value.length >= PASSWORD_MIN_LENGTH;
  return (
    <div id={id} className="rounded-lg bg-slate-50 px-3 py-2.5 text-sm text-slate-700">
      <p className="font-medium text-slate-900">{t("rulesTitle")}</p>
      <ul className="mt-1 space-y-1">
        <li className="flex items-start gap-2">
          {longEnough ? (
            <Check aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-emerald-700" />
          ) : (
            <Circle aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-slate-500" />
          )}
          <span className={cn(longEnough && "text-emerald-800")}>
            {t("ruleLength", { min: PASSWORD_MIN_LENGTH })}
            <span className="sr-only"> ({longEnough ? t("ruleMet") : t("ruleNotMet")})</span>
          </span>
        </li>
        <li className="flex items-start gap-2">
          <Circle aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-slate-500" />
          <span>{t("ruleCommon")}</span>
        </li>
      </ul>
    </div>
  );
}
