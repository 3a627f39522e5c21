"use client";

import { useTranslations } from "next-intl";
import { Form, FormAlert, FormSubmit, useActionForm, useRegister } from "@/components/forms";
import { CardContent, CardFooter } from "@/components/ui/card";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadApplicationRules = () => import("@/lib/applications/schema").then((module) => module.applicationRulesSchema);

export type ApplicationRulesFormProps = {
  tenant: string;
  action: ServerAction;
  current: { partnerApplicationsOpen: boolean };
};

/** Whether the public page `/<tenant>/apply` takes applications (off: it says so, no form). */
export function ApplicationRulesForm({ tenant, action, current }: ApplicationRulesFormProps) {
  const t = useTranslations("applications.settings");
  const kit = useActionForm({ action, schema: loadApplicationRules, defaultValues: current, hidden: { tenant } });
  const register = useRegister(kit.form);
  return (
    <Form kit={kit}>
      <CardContent className="space-y-5">
        <FormAlert success={t("saved")} />
        <label className="flex items-start gap-3 text-sm">
          <input
            type="checkbox"
            {...register("partnerApplicationsOpen", { type: "checkbox" })}
            aria-describedby="application-rules-hint"
            className="mt-0.5 size-4 shrink-0 accent-brand-700"
          />
          <span>
            <span className="block font-medium text-slate-900">{t("open")}</span>
            <span id="application-rules-hint" className="block text-slate-600">
              {t("openHint")}
            </span>
          </span>
        </label>
      </CardContent>
      <CardFooter>
        <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
      </CardFooter>
    </Form>
  );
}
