"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm, useRegister } from "@/components/forms";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadAdjust = () => import("@/lib/coop/schema").then((module) => module.adjustSchema);

/** A manual correction of one fund with the reason auditors will read; removing is checked against what is available. */
export function AdjustForm({ tenant, action, submissionKey, fund }: { tenant: string; action: ServerAction; submissionKey: string; fund: { id: string; currency: string; available: string } }) {
  const t = useTranslations("coopAdmin.adjust");
  const kit = useActionForm({
    action,
    schema: loadAdjust,
    issues: { "coop.validation": useTranslations("coop.validation") },
    defaultValues: { direction: "ADD", amount: "", reason: "" },
    hidden: { tenant, fundId: fund.id, submissionKey },
  });
  const register = useRegister(kit.form);
  return (
    <Form kit={kit} className="space-y-4" aria-labelledby="adjust-title">
      <h3 id="adjust-title" className="text-sm font-semibold text-slate-900">
        {t("title")}
      </h3>
      <FormAlert success={t("done")} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-900">{t("direction")}</legend>
        <div className="flex flex-col gap-2 text-sm sm:flex-row sm:gap-6">
          {(["ADD", "REMOVE"] as const).map((value) => (
            <label key={value} className="inline-flex items-center gap-2">
              <input type="radio" value={value} {...register("direction")} className="size-4 accent-brand-700" />
              {t(`directions.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field name="amount" label={t("amount", { currency: fund.currency })} hint={t("amountHint", { available: fund.available })} required>
        <Input inputMode="decimal" maxLength={20} autoComplete="off" className="max-w-60" />
      </Field>
      <Field name="reason" label={t("reason")} required>
        <Textarea rows={2} maxLength={500} />
      </Field>
      <FormSubmit variant="secondary" pendingText={t("working")}>
        {t("submit")}
      </FormSubmit>
    </Form>
  );
}
