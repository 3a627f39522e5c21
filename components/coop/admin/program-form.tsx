"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { Field, Form, FormAlert, FormSubmit, useActionForm, useFieldError, useRegister } from "@/components/forms";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ProgramDetail } from "@/lib/coop/detail";
import { COOP_ACCRUAL_BASES, COOP_ACTIVITY_TYPES, COOP_PERIODS } from "@/lib/coop/constants";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadProgram = () => import("@/lib/coop/schema").then((module) => module.programSchema);
const loadUpdateProgram = () => import("@/lib/coop/schema").then((module) => module.updateProgramSchema);

export type ProgramFormProps = {
  tenant: string;
  action: ServerAction;
  currency: string;
  options: { brands: SelectOption[]; families: SelectOption[]; tiers: SelectOption[] };
  /** Edit: the program as loaded, with its version (its kind cannot change). */
  program?: ProgramDetail;
};

/**
 * A co-op program (accrues a rate of the partner's invoiced or paid net purchases, for a brand
 * or a family, optionally one tier) or an MDF program (allocated by the vendor, for a
 * campaign), with the terms both share: period, eligible activities, the largest share of a
 * cost reimbursed, pre-approval, claim deadline, grace and the payout's expense account.
 */
export function ProgramForm({ tenant, action, currency, options, program }: ProgramFormProps) {
  const t = useTranslations("coopAdmin.programForm");
  const kit = useActionForm({
    action,
    schema: program ? loadUpdateProgram : loadProgram,
    issues: { "coop.validation": useTranslations("coop.validation") },
    defaultValues: {
      kind: program?.kind ?? "COOP",
      name: program?.name ?? "",
      description: program?.description ?? "",
      campaign: program?.campaign ?? "",
      currency: program?.currency ?? currency,
      period: program?.period ?? "QUARTER",
      accrualBasis: program?.accrualBasis ?? "INVOICED",
      accrualRate: program?.accrualRate ?? "",
      brandId: program?.brandId ?? "",
      familyId: program?.familyId ?? "",
      tierId: program?.tierId ?? "",
      activityTypes: program?.activityTypes ?? [],
      maxSharePercent: String(program?.maxSharePercent ?? 50),
      requiresPreApproval: program?.requiresPreApproval ?? false,
      claimDays: String(program?.claimDays ?? 60),
      graceDays: String(program?.graceDays ?? 30),
      expenseAccount: program?.expenseAccount ?? "6150",
      active: program?.active ?? true,
    },
    hidden: program ? { tenant, programId: program.id, version: String(program.version), kind: program.kind } : { tenant },
  });
  const register = useRegister(kit.form);
  const kind = kit.form.watch("kind") as "COOP" | "MDF";
  return (
    <Form kit={kit} className="space-y-6">
      <FormAlert success={program ? t("saved") : undefined} />
      {!program && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-900">{t("kind")}</legend>
          <div className="flex flex-col gap-2 text-sm sm:flex-row sm:gap-6">
            {(["COOP", "MDF"] as const).map((value) => (
              <label key={value} className="inline-flex items-start gap-2">
                <input type="radio" value={value} {...register("kind")} className="mt-0.5 size-4 accent-brand-700" />
                <span>
                  <span className="block font-medium text-slate-900">{t(`kinds.${value}`)}</span>
                  <span className="block text-slate-600">{t(`kindHints.${value}`)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <Field name="name" label={t("name")} required>
          <Input maxLength={120} />
        </Field>
        {kind === "MDF" ? (
          <Field name="campaign" label={t("campaign")} optional>
            <Input maxLength={120} />
          </Field>
        ) : (
          <div className="hidden md:block" />
        )}
        <Field name="description" label={t("description")} hint={t("descriptionHint")} optional className="md:col-span-2">
          <Textarea rows={3} maxLength={2000} />
        </Field>
        <Field name="currency" label={t("currency")} required>
          <Input maxLength={3} autoComplete="off" className="max-w-24 uppercase" />
        </Field>
        <Field name="period" label={t("period")} hint={t("periodHint")} required>
          <Select options={COOP_PERIODS.map((value) => ({ value, label: t(`periods.${value}`) }))} />
        </Field>
      </div>
      {kind === "COOP" && (
        <fieldset className="space-y-4 rounded-md border border-slate-200 p-4">
          <legend className="px-1 text-sm font-medium text-slate-900">{t("accrual")}</legend>
          <div className="grid gap-4 md:grid-cols-2">
            <Field name="accrualRate" label={t("rate")} hint={t("rateHint")} required>
              <Input inputMode="decimal" maxLength={8} autoComplete="off" className="max-w-32" />
            </Field>
            <Field name="accrualBasis" label={t("basis")} required>
              <Select options={COOP_ACCRUAL_BASES.map((value) => ({ value, label: t(`bases.${value}`) }))} />
            </Field>
          </div>
        </fieldset>
      )}
      <fieldset className="space-y-4 rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-sm font-medium text-slate-900">{t("scope")}</legend>
        <div className="grid gap-4 md:grid-cols-3">
          <Field name="brandId" label={t("brand")} optional>
            <Select options={[{ value: "", label: t("anyBrand") }, ...options.brands]} />
          </Field>
          <Field name="familyId" label={t("family")} hint={t("brandOrFamily")} optional>
            <Select options={[{ value: "", label: t("anyFamily") }, ...options.families]} />
          </Field>
          <Field name="tierId" label={t("tier")} optional>
            <Select options={[{ value: "", label: t("anyTier") }, ...options.tiers]} />
          </Field>
        </div>
      </fieldset>
      <ActivityTypes />
      <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-4">
        <Field name="maxSharePercent" label={t("maxShare")} hint={t("maxShareHint")} required>
          <Input type="number" inputMode="numeric" min={1} max={100} />
        </Field>
        <Field name="claimDays" label={t("claimDays")} hint={t("claimDaysHint")} required>
          <Input type="number" inputMode="numeric" min={0} max={730} />
        </Field>
        <Field name="graceDays" label={t("graceDays")} hint={t("graceDaysHint")} required>
          <Input type="number" inputMode="numeric" min={0} max={730} />
        </Field>
        <Field name="expenseAccount" label={t("expenseAccount")} hint={t("expenseAccountHint")} required>
          <Input maxLength={20} autoComplete="off" />
        </Field>
      </div>
      <label className="flex items-start gap-3 text-sm">
        <input type="checkbox" {...register("requiresPreApproval", { type: "checkbox" })} aria-describedby="preapproval-hint" className="mt-0.5 size-4 shrink-0 accent-brand-700" />
        <span>
          <span className="block font-medium text-slate-900">{t("requiresPreApproval")}</span>
          <span id="preapproval-hint" className="block text-slate-600">
            {t("requiresPreApprovalHint")}
          </span>
        </span>
      </label>
      {program && (
        <label className="flex items-start gap-3 text-sm">
          <input type="checkbox" {...register("active", { type: "checkbox" })} aria-describedby="active-hint" className="mt-0.5 size-4 shrink-0 accent-brand-700" />
          <span>
            <span className="block font-medium text-slate-900">{t("active")}</span>
            <span id="active-hint" className="block text-slate-600">
              {t("activeHint")}
            </span>
          </span>
        </label>
      )}
      <FormSubmit pendingText={t("saving")}>{program ? t("save") : t("create")}</FormSubmit>
    </Form>
  );
}

/** The eligible activities as checkboxes, with the list's own error (read inside the form's context). */
function ActivityTypes() {
  const t = useTranslations("coopAdmin.programForm");
  const types = useTranslations("coopAdmin.activityType");
  const form = useFormContext();
  const error = useFieldError("activityTypes");
  return (
    <fieldset className="space-y-2" aria-describedby={error ? "activityTypes-error" : undefined}>
      <legend className="text-sm font-medium text-slate-900">
        {t("activityTypes")} <span className="text-red-700">*</span>
      </legend>
      <div className="grid gap-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
        {COOP_ACTIVITY_TYPES.map((value) => (
          <label key={value} className="inline-flex items-center gap-2">
            <input type="checkbox" value={value} {...form.register("activityTypes")} className="size-4 accent-brand-700" />
            {types(value)}
          </label>
        ))}
      </div>
      {error && (
        <p id="activityTypes-error" className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
