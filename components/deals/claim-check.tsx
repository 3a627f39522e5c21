"use client";

import { useState, useTransition } from "react";
import { SearchCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { ClaimAnswer } from "@/lib/deals/types";
import type { ActionState, ServerAction } from "@/lib/http/action-state";

/**
 * "Is this customer already claimed?" inside the registration form: asks the server with
 * the name, web domain and tax id typed so far and says yes, no, or "you registered it"
 * — never whose claim it is. The answer is announced to screen readers.
 */
export function ClaimCheck({ tenant, action }: { tenant: string; action: ServerAction<ClaimAnswer> }) {
  const t = useTranslations("deals.claim");
  const { getValues } = useFormContext();
  const [pending, startTransition] = useTransition();
  const [state, setState] = useState<ActionState<ClaimAnswer> | null>(null);
  function check() {
    const { customerName, website, taxId } = getValues() as Record<string, string>;
    startTransition(async () => {
      setState(await action(undefined, { tenant, customerName: customerName ?? "", website: website ?? "", taxId: taxId ?? "" }));
    });
  }
  const answer = state?.status === "success" ? state.data?.answer : undefined;
  const problem = state?.status === "error" ? (Object.values(state.fieldErrors ?? {})[0] ?? state.message) : undefined;
  return (
    <div className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3">
      <p className="text-sm text-slate-700">{t("hint")}</p>
      <Button type="button" variant="secondary" size="sm" loading={pending} loadingText={t("checking")} onClick={check}>
        <SearchCheck aria-hidden="true" />
        {t("check")}
      </Button>
      <p
        role="status"
        className={cn(
          "text-sm font-medium",
          answer === "free" && "text-emerald-800",
          answer === "claimed" && "text-amber-900",
          (answer === "yours" || problem) && "text-slate-900",
        )}
      >
        {answer ? t(`answers.${answer}`) : (problem ?? "")}
      </p>
    </div>
  );
}
