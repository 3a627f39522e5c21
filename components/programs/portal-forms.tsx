"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm, useRegister } from "@/components/forms";
import { FileField } from "@/components/forms/file-field";
import { CountryPicker } from "@/components/forms/pickers";
import type { ComboboxOption } from "@/components/ui/combobox";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";
import type { BillingView } from "@/lib/programs/types";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadAcceptAgreement = () => import("@/lib/programs/schema").then((module) => module.acceptAgreementSchema);
const loadBilling = () => import("@/lib/programs/schema").then((module) => module.billingSchema);
const loadCertification = () => import("@/lib/programs/schema").then((module) => module.certificationSchema);
const loadDocument = () => import("@/lib/programs/schema").then((module) => module.documentSchema);

/** "I have read and accept version N": sends the version read, so a newer one is refused. */
export function AcceptAgreementForm({ tenant, agreementId, action, statement }: { tenant: string; agreementId: string; action: ServerAction; statement: string }) {
  const t = useTranslations("programs.onboarding");
  const issues = useTranslations("programs.validation");
  const kit = useActionForm({ issues: { "programs.validation": issues }, action, schema: loadAcceptAgreement, defaultValues: { accept: false }, hidden: { tenant, agreementId } });
  return (
    <Form kit={kit} className="space-y-3">
      <FormAlert success={t("accepted")} />
      <AcceptBox statement={statement} />
      <FormSubmit pendingText={t("accepting")}>{t("accept")}</FormSubmit>
    </Form>
  );
}

function AcceptBox({ statement }: { statement: string }) {
  const register = useRegister();
  return (
    <label className="flex items-start gap-3 text-sm text-slate-900">
      <input type="checkbox" {...register("accept", { type: "checkbox" })} className="mt-0.5 size-4 accent-brand-700" />
      <span>{statement}</span>
    </label>
  );
}

/** The partner's billing details (optimistic version: a second tab's save is refused). */
export function BillingForm({ tenant, action, billing, countries }: { tenant: string; action: ServerAction; billing: BillingView; countries: ComboboxOption[] }) {
  const t = useTranslations("programs.billing");
  const issues = useTranslations("programs.validation");
  const kit = useActionForm({
    issues: { "programs.validation": issues },
    action,
    schema: loadBilling,
    defaultValues: {
      legalName: billing?.legalName ?? "",
      taxId: billing?.taxId ?? "",
      email: billing?.email ?? "",
      address: billing?.address ?? "",
      country: billing?.country ?? "",
    },
    hidden: { tenant, version: String(billing?.version ?? 0) },
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("saved")} />
      <Field name="legalName" label={t("legalName")} required>
        <Input autoComplete="organization" maxLength={160} />
      </Field>
      <Field name="taxId" label={t("taxId")} required>
        <Input maxLength={40} className="max-w-60" />
      </Field>
      <Field name="email" label={t("email")} required>
        <Input type="email" autoComplete="email" maxLength={254} />
      </Field>
      <Field name="address" label={t("address")} required>
        <Textarea autoComplete="street-address" maxLength={300} rows={3} />
      </Field>
      <Field name="country" label={t("country")} required>
        {(control) => <CountryPicker {...control} options={countries} noneLabel={t("countryPlaceholder")} />}
      </Field>
      <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
    </Form>
  );
}

/** A certification statement for one checklist item: who, which credential, when. */
export function CertificationForm({
  tenant,
  itemId,
  action,
  current,
}: {
  tenant: string;
  itemId: string;
  action: ServerAction;
  current: { person: string; credential: string; completedOn: string } | null;
}) {
  const t = useTranslations("programs.certification");
  const issues = useTranslations("programs.validation");
  const kit = useActionForm({
    issues: { "programs.validation": issues },
    action,
    schema: loadCertification,
    defaultValues: { person: current?.person ?? "", credential: current?.credential ?? "", completedOn: current?.completedOn ?? "" },
    hidden: { tenant, itemId },
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("saved")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="person" label={t("person")} required>
          <Input autoComplete="name" maxLength={120} />
        </Field>
        <Field name="credential" label={t("credential")} hint={t("credentialHint")} required>
          <Input maxLength={80} />
        </Field>
      </div>
      <Field name="completedOn" label={t("completedOn")} required>
        <Input type="date" className="max-w-48" />
      </Field>
      <FormSubmit pendingText={t("saving")}>{current ? t("update") : t("save")}</FormSubmit>
    </Form>
  );
}

/** A document for one checklist item: uploaded at once to the portal's files route, filed on save. */
export function DocumentForm({
  tenant,
  itemId,
  action,
  rule,
  current,
}: {
  tenant: string;
  itemId: string;
  action: ServerAction;
  /** the partner.document purpose's limits (lib/files/purposes.ts) */
  rule: { accept: readonly string[]; maxBytes: number };
  current: { fileId: string; name: string } | null;
}) {
  const t = useTranslations("programs.document");
  const issues = useTranslations("programs.validation");
  const kit = useActionForm({ issues: { "programs.validation": issues }, action, schema: loadDocument, defaultValues: { fileId: current?.fileId ?? "" }, hidden: { tenant, itemId } });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("saved")} />
      <Field name="fileId" label={t("file")} hint={t("fileHint", { mb: Math.round(rule.maxBytes / (1024 * 1024)) })} required>
        {(control) => (
          <FileField
            {...control}
            uploadUrl={`/${tenant}/portal/files`}
            purpose="partner.document"
            accept={rule.accept}
            maxBytes={rule.maxBytes}
            current={current ? { name: current.name } : null}
          />
        )}
      </Field>
      <FormSubmit pendingText={t("saving")}>{current ? t("replace") : t("save")}</FormSubmit>
    </Form>
  );
}
