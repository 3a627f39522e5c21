"use client";

import { useId, useState } from "react";
import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { TenantField } from "@/components/backoffice/tenant-field";
import { useFormAction, type FormAction } from "@/components/backoffice/use-form-action";
import { Select, type SelectOption } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";

export type RoleFormProps = {
  tenant: string;
  membershipId: string;
  personName: string;
  role: string;
  roles: SelectOption[];
  action: FormAction;
};

/** Changes one user's role in place; "Save" only wakes up once another role is chosen. */
export function RoleForm({ tenant, membershipId, personName, role, roles, action }: RoleFormProps) {
  const t = useTranslations("users.role");
  const id = useId();
  const [value, setValue] = useState(role);
  const [state, formAction] = useFormAction(action);
  const feedbackId = `${id}-feedback`;

  return (
    <form action={formAction} className="flex flex-col items-end gap-1 sm:items-start">
      <TenantField slug={tenant} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <div className="flex items-center gap-2">
        <label htmlFor={`${id}-role`} className="sr-only">
          {t("label", { name: personName })}
        </label>
        <Select
          id={`${id}-role`}
          name="role"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          options={roles}
          aria-describedby={state.status === "error" ? feedbackId : undefined}
          aria-invalid={state.status === "error" || undefined}
          className="w-44"
        />
        <SubmitButton size="sm" variant="secondary" disabled={value === role} pendingText={t("saving")}>
          {t("save")}
          <span className="sr-only"> {t("label", { name: personName })}</span>
        </SubmitButton>
      </div>
      <p id={feedbackId} aria-live="polite" className="text-xs">
        {state.status === "error" && <span className="font-medium text-red-700">{state.message}</span>}
        {state.status === "success" && value === role && (
          <span className="inline-flex items-center gap-1 text-emerald-800">
            <Check aria-hidden="true" className="size-3.5" />
            {t("saved")}
          </span>
        )}
      </p>
    </form>
  );
}
