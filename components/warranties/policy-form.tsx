"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm, useRegister } from "@/components/forms";
import { FileField } from "@/components/forms/file-field";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { FILE_PURPOSES, RASTER_IMAGE_TYPES } from "@/lib/files/purposes";
import type { ServerAction } from "@/lib/http/action-state";
import { START_RULES } from "@/lib/warranties/constants";
import type { PolicyDetail } from "@/lib/warranties/types";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadPolicy = () => import("@/lib/warranties/schema").then((module) => module.policySchema);
const loadUpdatePolicy = () => import("@/lib/warranties/schema").then((module) => module.updatePolicySchema);

export type PolicyFormProps = {
  tenant: string;
  action: ServerAction;
  options: { partners: SelectOption[]; products: SelectOption[]; families: SelectOption[] };
  /** Edit: the policy as loaded, with its version. */
  policy?: PolicyDetail;
};

type Flag = "coversParts" | "coversLabour" | "coversOnSite" | "requiresRegistration" | "passThrough";

/**
 * A warranty policy: standard or customised for one partner, for a product or a family, its
 * months, coverage and start rule, its terms in both languages and — passed through to the
 * partner's customers — the partner's colour and logo for the certificates. Once a unit holds
 * the policy the server refuses changes to what decides coverage (the page says so).
 */
export function PolicyForm({ tenant, action, options, policy }: PolicyFormProps) {
  const t = useTranslations("warranties.policy");
  const kit = useActionForm({
    action,
    schema: policy ? loadUpdatePolicy : loadPolicy,
    issues: { "warranties.validation": useTranslations("warranties.validation") },
    defaultValues: {
      name: policy?.name ?? "",
      partnerId: policy?.partner?.id ?? "",
      productId: policy?.product?.id ?? "",
      familyId: policy?.family?.id ?? "",
      months: String(policy?.months ?? 12),
      startRule: policy?.startRule ?? "SHIPMENT",
      latestStartMonths: policy?.latestStartMonths === null || policy?.latestStartMonths === undefined ? "" : String(policy.latestStartMonths),
      coversParts: policy?.coversParts ?? true,
      coversLabour: policy?.coversLabour ?? true,
      coversOnSite: policy?.coversOnSite ?? false,
      requiresRegistration: policy?.requiresRegistration ?? false,
      passThrough: policy?.passThrough ?? false,
      termsEn: policy?.termsEn ?? "",
      termsEs: policy?.termsEs ?? "",
      brandColor: policy?.brandColor ?? "",
      logoFileId: policy?.logo?.id ?? "",
    },
    hidden: policy ? { tenant, policyId: policy.id, version: String(policy.version) } : { tenant },
  });
  const register = useRegister(kit.form);
  const partnerId = kit.form.watch("partnerId") as string;
  const passThrough = kit.form.watch("passThrough") as boolean;
  const flag = (name: Flag, hint?: string) => (
    <label className="flex items-start gap-3 text-sm">
      <input type="checkbox" {...register(name, { type: "checkbox" })} {...(hint ? { "aria-describedby": `${name}-hint` } : {})} className="mt-0.5 size-4 shrink-0 accent-brand-700" />
      <span>
        <span className="block font-medium text-slate-900">{t(name)}</span>
        {hint && (
          <span id={`${name}-hint`} className="block text-slate-600">
            {hint}
          </span>
        )}
      </span>
    </label>
  );
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={policy ? t("saved") : undefined} />
      <div className="grid gap-4 md:grid-cols-2">
        <Field name="name" label={t("name")} required>
          <Input maxLength={120} />
        </Field>
        <Field name="partnerId" label={t("partner")} optional>
          <Select options={[{ value: "", label: t("standard") }, ...options.partners]} />
        </Field>
        <Field name="productId" label={t("product")} optional>
          <Select options={[{ value: "", label: t("noProduct") }, ...options.products]} />
        </Field>
        <Field name="familyId" label={t("family")} optional>
          <Select options={[{ value: "", label: t("noFamily") }, ...options.families]} />
        </Field>
        <Field name="months" label={t("months")} required>
          <Input type="number" inputMode="numeric" min={1} max={240} />
        </Field>
        <Field name="startRule" label={t("startRule")} required>
          <Select options={START_RULES.map((value) => ({ value, label: t(`rules.${value}`) }))} />
        </Field>
        <Field name="latestStartMonths" label={t("latestStart")} hint={t("latestStartHint")} optional>
          <Input type="number" inputMode="numeric" min={0} max={120} />
        </Field>
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-900">{t("coverage")}</legend>
        {flag("coversParts")}
        {flag("coversLabour")}
        {flag("coversOnSite")}
        {flag("requiresRegistration", t("requiresRegistrationHint"))}
        {flag("passThrough", t("passThroughHint"))}
      </fieldset>
      <div className="grid gap-4 md:grid-cols-2">
        <Field name="termsEn" label={t("termsEn")} optional>
          <Textarea rows={5} maxLength={20000} />
        </Field>
        <Field name="termsEs" label={t("termsEs")} optional>
          <Textarea rows={5} maxLength={20000} />
        </Field>
      </div>
      {passThrough && partnerId && (
        <div className="grid gap-4 md:grid-cols-2">
          <Field name="brandColor" label={t("brandColor")} hint={t("brandColorHint")} optional>
            <Input maxLength={7} placeholder="#0f766e" autoComplete="off" />
          </Field>
          <Field name="logoFileId" label={t("logo")} hint={t("logoHint")} optional>
            {(control) => (
              <FileField
                {...control}
                uploadUrl={`/${tenant}/admin/files`}
                purpose="warranty.brandLogo"
                query={{ partnerId }}
                accept={RASTER_IMAGE_TYPES}
                maxBytes={FILE_PURPOSES["warranty.brandLogo"].maxBytes}
                current={policy?.logo ? { name: policy.logo.name, previewUrl: `/${tenant}/admin/files/${policy.logo.id}` } : null}
                imagePreview
              />
            )}
          </Field>
        </div>
      )}
      <FormSubmit pendingText={t("saving")}>{policy ? t("save") : t("create")}</FormSubmit>
    </Form>
  );
}
