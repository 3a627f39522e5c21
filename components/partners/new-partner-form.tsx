"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { CountryPicker } from "@/components/forms/pickers";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import type { NewPartnerDialogProps } from "./new-partner-dialog";
import { Select } from "@/components/ui/select";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadCreatePartner = () => import("@/lib/partners/schema").then((module) => module.createPartnerSchema);

export type NewPartnerFormProps = Omit<NewPartnerDialogProps, "defaultOpen" | "triggerLabel">;

/**
 * The form inside NewPartnerDialog. Its own module, loaded when the dialog first opens
 * (react-hook-form, zod and the schema stay out of the partners page's first script).
 */
export function NewPartnerForm({ tenant, action, types, countries }: NewPartnerFormProps) {
  const t = useTranslations("partners.new");
  const stages = useTranslations("lifecycle.newPartner");
  const kit = useActionForm({
    action,
    schema: loadCreatePartner,
    defaultValues: { name: "", type: "", country: "", status: "ONBOARDING" },
    hidden: { tenant },
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <Field name="name" label={t("name")} required>
        <Input autoComplete="organization" maxLength={160} />
      </Field>
      <Field name="type" label={t("type")} required>
        <Select options={types} placeholder={t("typePlaceholder")} />
      </Field>
      <Field name="country" label={t("country")} hint={t("countryHint")} optional>
        {(control) => <CountryPicker {...control} options={countries} noneLabel={t("countryPlaceholder")} />}
      </Field>
      <Field name="status" label={stages("stage")} hint={stages("stageHint")}>
        <Select
          options={[
            { value: "ONBOARDING", label: stages("ONBOARDING") },
            { value: "PROSPECT", label: stages("PROSPECT") },
          ]}
        />
      </Field>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">{t("cancel")}</Button>
        </DialogClose>
        <FormSubmit pendingText={t("pending")}>{t("submit")}</FormSubmit>
      </DialogFooter>
    </Form>
  );
}
