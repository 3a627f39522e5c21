"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { CountryPicker, Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import type { ComboboxOption } from "@/components/ui/combobox";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import type { ServerAction } from "@/lib/http/action-state";
import { createPartnerSchema } from "@/lib/partners/schema";

export type NewPartnerDialogProps = {
  tenant: string;
  action: ServerAction;
  types: SelectOption[];
  /** From countryOptions(): searchable, in the reader's language. */
  countries: ComboboxOption[];
  /** Opens at once, e.g. when arriving from "Create your first partner". */
  defaultOpen?: boolean;
  triggerLabel: string;
};

/** "New partner": name, type and country; success opens the new partner's page. */
export function NewPartnerDialog({ defaultOpen = false, triggerLabel, ...props }: NewPartnerDialogProps) {
  const t = useTranslations("partners.new");
  const [open, setOpen] = useState(defaultOpen);
  const [round, setRound] = useState(0);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setRound((value) => value + 1);
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" />
          {triggerLabel}
        </Button>
      </DialogTrigger>
      <DialogContent title={t("title")} description={t("description")}>
        <NewPartnerForm key={round} {...props} />
      </DialogContent>
    </Dialog>
  );
}

function NewPartnerForm({
  tenant,
  action,
  types,
  countries,
}: Omit<NewPartnerDialogProps, "defaultOpen" | "triggerLabel">) {
  const t = useTranslations("partners.new");
  const stages = useTranslations("lifecycle.newPartner");
  const kit = useActionForm({
    action,
    schema: createPartnerSchema,
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
