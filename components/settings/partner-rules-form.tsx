"use client";

import { useTranslations } from "next-intl";
import { Form, FormAlert, FormSubmit, useActionForm, useRegister } from "@/components/forms";
import { CardContent, CardFooter } from "@/components/ui/card";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadPartnerTeamRules = () => import("@/lib/tenancy/schema").then((module) => module.partnerTeamRulesSchema);

export type PartnerRulesFormProps = {
  tenant: string;
  action: ServerAction;
  current: { partnerTeamSelfService: boolean };
};

/** Whether partner admins manage their own team in the portal (within each partner's seat limit). */
export function PartnerRulesForm({ tenant, action, current }: PartnerRulesFormProps) {
  const t = useTranslations("setup.partnerRules");
  const kit = useActionForm({
    action,
    schema: loadPartnerTeamRules,
    defaultValues: { partnerTeamSelfService: current.partnerTeamSelfService },
    hidden: { tenant },
  });
  const register = useRegister(kit.form);
  return (
    <Form kit={kit}>
      <CardContent className="space-y-5">
        <FormAlert success={t("saved")} />
        <label className="flex items-start gap-3 text-sm">
          <input
            type="checkbox"
            {...register("partnerTeamSelfService", { type: "checkbox" })}
            aria-describedby="partner-rules-hint"
            className="mt-0.5 size-4 shrink-0 accent-brand-700"
          />
          <span>
            <span className="block font-medium text-slate-900">{t("selfService")}</span>
            <span id="partner-rules-hint" className="block text-slate-600">
              {t("selfServiceHint")}
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
