"use client";

import { useId } from "react";
import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Form, FormSubmit, useActionForm, useRegister } from "@/components/forms";
import { Select, type SelectOption } from "@/components/ui/select";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadChangeRole = () => import("@/lib/users/schema").then((module) => module.changeRoleSchema);

export type RoleFormProps = {
  tenant: string;
  membershipId: string;
  personName: string;
  role: string;
  roles: SelectOption[];
  action: ServerAction;
};

/** Changes one user's role in place; "Save" only wakes up once another role is chosen. */
export function RoleForm({ tenant, membershipId, personName, role, roles, action }: RoleFormProps) {
  const t = useTranslations("users.role");
  const id = useId();
  const kit = useActionForm({
    action,
    schema: loadChangeRole,
    defaultValues: { role },
    hidden: { tenant, membershipId },
  });
  const { state } = kit;
  const register = useRegister(kit.form);
  const value = useWatch({ control: kit.form.control, name: "role" });
  const feedbackId = `${id}-feedback`;

  return (
    <Form kit={kit} className="flex flex-col items-end gap-1 sm:items-start">
      <div className="flex items-center gap-2">
        <label htmlFor={`${id}-role`} className="sr-only">
          {t("label", { name: personName })}
        </label>
        <Select
          id={`${id}-role`}
          {...register("role")}
          options={roles}
          aria-describedby={state.status === "error" ? feedbackId : undefined}
          aria-invalid={state.status === "error" || undefined}
          className="w-44"
        />
        <FormSubmit size="sm" variant="secondary" disabled={value === role} pendingText={t("saving")}>
          {t("save")}
          <span className="sr-only"> {t("label", { name: personName })}</span>
        </FormSubmit>
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
    </Form>
  );
}
