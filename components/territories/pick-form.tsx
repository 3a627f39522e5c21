"use client";

import { useRouter } from "next/navigation";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Select, type SelectOption } from "@/components/ui/select";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadTerritoryOwner = () => import("@/lib/territories/schema").then((module) => module.territoryOwnerSchema);
const loadTerritoryPartner = () => import("@/lib/territories/schema").then((module) => module.territoryPartnerSchema);

export type PickFormProps = {
  tenant: string;
  territoryId: string;
  action: ServerAction;
  /** which id the choice names: an owner rep's seat or a partner */
  field: "membershipId" | "partnerId";
  label: string;
  placeholder: string;
  submit: string;
  pending: string;
  options: SelectOption[];
};

/** Choose one rep or partner from a list and attach it to a territory. */
export function PickForm({ tenant, territoryId, action, field, label, placeholder, submit, pending, options }: PickFormProps) {
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: field === "membershipId" ? loadTerritoryOwner : loadTerritoryPartner,
    defaultValues: { [field]: "" },
    hidden: { tenant, territoryId },
    onSuccess: () => {
      kit.form.reset();
      router.refresh();
    },
  });
  return (
    <Form kit={kit} className="flex flex-wrap items-end gap-3">
      <FormAlert />
      <Field name={field} label={label} className="min-w-48 flex-1">
        <Select options={options} placeholder={placeholder} />
      </Field>
      <FormSubmit pendingText={pending}>{submit}</FormSubmit>
    </Form>
  );
}
