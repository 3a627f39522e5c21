"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import type { Selection } from "@/lib/configurator/model";
import { encodeSelection } from "@/lib/configurator/url";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadSaveConfiguration = () => import("@/lib/configurator/schema").then((module) => module.saveConfigurationSchema);

export type SaveConfigurationFormProps = {
  tenant: string;
  productId: string;
  selection: Selection;
  quantity: number;
  action: ServerAction;
  /** a suggested name (the product's) */
  suggestedName: string;
};

/**
 * Saves the configuration on screen under a name. Only the choices travel: the server
 * checks and prices them again before saving (a price from the browser is never taken).
 */
export function SaveConfigurationForm({ tenant, productId, selection, quantity, action, suggestedName }: SaveConfigurationFormProps) {
  const t = useTranslations("configurator.save");
  const kit = useActionForm({
    action,
    schema: loadSaveConfiguration,
    defaultValues: { name: suggestedName },
    hidden: { tenant, productId, quantity: String(quantity), selection: encodeSelection(selection) },
  });
  return (
    <Form kit={kit} className="space-y-4" data-save-configuration="">
      <FormAlert success={t("saved")} />
      <Field name="name" label={t("name")} required hint={t("nameHint")}>
        <Input maxLength={120} autoComplete="off" />
      </Field>
      <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
    </Form>
  );
}
