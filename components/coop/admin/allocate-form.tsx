"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm, useFieldError } from "@/components/forms";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadAllocate = () => import("@/lib/coop/schema").then((module) => module.allocateSchema);

/**
 * MDF allocation: a fixed amount to one partner or to every partner holding a tier, in the
 * period of a day (today by default). The submission key comes from the page: a double
 * click allocates once.
 */
export function AllocateForm({
  tenant,
  action,
  submissionKey,
  programs,
  partners,
  tiers,
  programId,
}: {
  tenant: string;
  action: ServerAction;
  submissionKey: string;
  /** active MDF programs (with their currency) */
  programs: (SelectOption & { currency: string })[];
  partners: SelectOption[];
  tiers: SelectOption[];
  /** the program page's own program */
  programId?: string;
}) {
  const t = useTranslations("coopAdmin.allocate");
  const kit = useActionForm({
    action,
    schema: loadAllocate,
    issues: { "coop.validation": useTranslations("coop.validation") },
    defaultValues: { programId: programId ?? programs[0]?.value ?? "", target: "partner", partnerId: "", tierId: "", amount: "", day: "", reason: "" },
    hidden: { tenant, submissionKey },
  });
  const target = kit.form.watch("target") as "partner" | "tier";
  const chosen = programs.find((p) => p.value === (kit.form.watch("programId") as string));
  const choose = (next: "partner" | "tier") => kit.form.setValue(next === "partner" ? "tierId" : "partnerId", "");
  return (
    <Form kit={kit} className="space-y-4" aria-labelledby="allocate-title">
      <h3 id="allocate-title" className="text-sm font-semibold text-slate-900">
        {t("title")}
      </h3>
      <FormAlert />
      {!programId && (
        <Field name="programId" label={t("program")} required>
          <Select options={programs} />
        </Field>
      )}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-900">{t("to")}</legend>
        <div className="flex flex-col gap-2 text-sm sm:flex-row sm:gap-6">
          {(["partner", "tier"] as const).map((value) => (
            <label key={value} className="inline-flex items-center gap-2">
              <input type="radio" value={value} {...kit.form.register("target", { onChange: () => choose(value) })} className="size-4 accent-brand-700" />
              {t(`targets.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {target === "tier" ? (
        <>
          <Field name="tierId" label={t("tier")} hint={t("tierHint")} required>
            <Select placeholder={t("chooseTier")} options={tiers} />
          </Field>
          <TierTargetError />
        </>
      ) : (
        <Field name="partnerId" label={t("partner")} required>
          <Select placeholder={t("choosePartner")} options={partners} />
        </Field>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="amount" label={t("amount", { currency: chosen?.currency ?? "" })} hint={t("amountHint")} required>
          <Input inputMode="decimal" maxLength={20} autoComplete="off" />
        </Field>
        <Field name="day" label={t("day")} hint={t("dayHint")} optional>
          <Input type="date" />
        </Field>
      </div>
      <Field name="reason" label={t("reason")} optional>
        <Textarea rows={2} maxLength={500} />
      </Field>
      <FormSubmit pendingText={t("working")}>{t("submit")}</FormSubmit>
    </Form>
  );
}

/** "Choose a partner or a tier" is reported on partnerId: with a tier chosen it is said under the tier (read inside the form's context). */
function TierTargetError() {
  const error = useFieldError("partnerId");
  return error ? <p className="text-sm font-medium text-red-700">{error}</p> : null;
}
