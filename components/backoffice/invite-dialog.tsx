"use client";

import { useState } from "react";
import { MailCheck, UserPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionAlert } from "./action-alert";
import { useFormAction, type FormAction } from "./use-form-action";

export type InviteDialogProps = {
  /** Catalog section with the dialog's words; both share the same keys. */
  namespace: "users.invite" | "partners.invite";
  action: FormAction<{ email: string }>;
  /** Hidden inputs: the tenant, and the partner for portal users. */
  fields: Record<string, string>;
  roles: SelectOption[];
  defaultRole: string;
  /** Opens at once, e.g. when arriving from a dashboard shortcut. */
  defaultOpen?: boolean;
};

/** "Invite someone" in a dialog: email, name and role; confirms who was invited. */
export function InviteDialog({ defaultOpen = false, ...props }: InviteDialogProps) {
  const t = useTranslations(props.namespace);
  const [open, setOpen] = useState(defaultOpen);
  // A new round (fresh form and state) every time the dialog opens or "invite another" is chosen.
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
          <UserPlus aria-hidden="true" />
          {t("trigger")}
        </Button>
      </DialogTrigger>
      <DialogContent title={t("title")} description={t("description")}>
        <InviteForm key={round} {...props} onAnother={() => setRound((value) => value + 1)} />
      </DialogContent>
    </Dialog>
  );
}

function InviteForm({
  namespace,
  action,
  fields,
  roles,
  defaultRole,
  onAnother,
}: Omit<InviteDialogProps, "defaultOpen"> & { onAnother: () => void }) {
  const t = useTranslations(namespace);
  const [state, formAction] = useFormAction(action);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};

  if (state.status === "success") {
    return (
      <div role="status" className="space-y-4">
        <div className="flex items-start gap-3 rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-900">
          <MailCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-emerald-700" />
          <div>
            <p className="font-semibold">{t("sentTitle")}</p>
            <p>{t("sentBody", { email: state.data?.email ?? "" })}</p>
          </div>
        </div>
        <DialogFooter>
          <Button variant="secondary" onClick={onAnother}>
            {t("another")}
          </Button>
          <DialogClose asChild>
            <Button>{t("done")}</Button>
          </DialogClose>
        </DialogFooter>
      </div>
    );
  }

  return (
    <form action={formAction} className="space-y-4" noValidate>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ActionAlert state={state} />
      <FormField label={t("email")} error={errors.email} required>
        <Input name="email" type="email" autoComplete="off" defaultValue={values.email} maxLength={254} />
      </FormField>
      <FormField label={t("name")} error={errors.name} required>
        <Input name="name" autoComplete="off" defaultValue={values.name} maxLength={120} />
      </FormField>
      <FormField label={t("role")} hint={t("roleHint")} error={errors.role} required>
        <Select name="role" options={roles} defaultValue={values.role ?? defaultRole} />
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
