"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { ActionAlert } from "@/components/backoffice/action-alert";
import { TenantField } from "@/components/backoffice/tenant-field";
import { useFormAction, type FormAction } from "@/components/backoffice/use-form-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";

export type NewPartnerDialogProps = {
  tenant: string;
  action: FormAction;
  types: SelectOption[];
  countries: SelectOption[];
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
  const [state, formAction] = useFormAction(action);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <TenantField slug={tenant} />
      <ActionAlert state={state} />
      <FormField label={t("name")} error={errors.name} required>
        <Input name="name" autoComplete="organization" defaultValue={values.name} maxLength={160} />
      </FormField>
      <FormField label={t("type")} error={errors.type} required>
        <Select name="type" options={types} placeholder={t("typePlaceholder")} defaultValue={values.type ?? ""} />
      </FormField>
      <FormField label={t("country")} hint={t("countryHint")} error={errors.country} optional>
        <Select
          name="country"
          options={countries}
          placeholder={t("countryPlaceholder")}
          defaultValue={values.country ?? ""}
        />
      </FormField>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">{t("cancel")}</Button>
        </DialogClose>
        <SubmitButton pendingText={t("pending")}>{t("submit")}</SubmitButton>
      </DialogFooter>
    </form>
  );
}
