"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { FileField } from "@/components/forms/file-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { OpenFund } from "@/lib/coop/portal";
import { DOCUMENT_TYPES, FILE_PURPOSES } from "@/lib/files/purposes";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadRequest = () => import("@/lib/coop/schema").then((module) => module.requestSchema);

const MATERIAL_SLOTS = 3;

/**
 * Proposes an activity for pre-approval on one of the partner's open funds: the activity
 * types offered are the fund's program's, the dates and the share are explained beside the
 * fields, and up to three co-branded files upload at once through the co-op documents
 * route. The submission key comes from the page: a double submit answers with the first.
 */
export function RequestForm({
  tenant,
  funds,
  fundId,
  submissionKey,
  action,
}: {
  tenant: string;
  funds: OpenFund[];
  fundId: string;
  submissionKey: string;
  action: ServerAction;
}) {
  const t = useTranslations("coopPortal.requestForm");
  const activity = useTranslations("coopPortal.activity");
  const kit = useActionForm({
    action,
    schema: loadRequest,
    defaultValues: {
      fundId,
      activityType: funds.find((f) => f.id === fundId)?.activityTypes[0] ?? "",
      title: "",
      description: "",
      startsOn: "",
      endsOn: "",
      plannedCost: "",
      requested: "",
      documentFileIds: Array.from({ length: MATERIAL_SLOTS }, () => ""),
    },
    hidden: { tenant, submissionKey },
    issues: { "coop.validation": useTranslations("coop.validation") },
  });
  const chosen = useWatch({ control: kit.form.control, name: "fundId" }) as string;
  const fund = funds.find((f) => f.id === chosen) ?? funds[0]!;
  const { getValues, setValue } = kit.form;
  // another fund's program may pay for other activities: keep the choice valid
  useEffect(() => {
    if (!(fund.activityTypes as readonly string[]).includes(getValues("activityType") as string))
      setValue("activityType", fund.activityTypes[0] ?? "");
  }, [fund, getValues, setValue]);
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <Field name="fundId" label={t("fund")} required>
        <Select
          options={funds.map((f) => ({
            value: f.id,
            label: t("fundOption", { program: f.programName, start: f.periodStart, end: f.periodEnd }),
          }))}
        />
      </Field>
      <Field name="activityType" label={t("activityType")} hint={t("activityTypeHint")} required>
        <Select options={fund.activityTypes.map((value) => ({ value, label: activity(value) }))} />
      </Field>
      <Field name="title" label={t("titleField")} required>
        <Input maxLength={200} autoComplete="off" />
      </Field>
      <Field name="description" label={t("descriptionField")} optional>
        <Textarea rows={3} maxLength={4000} />
      </Field>
      <p className="text-sm text-slate-700">
        {t("datesHint", { start: fund.periodStart, end: fund.periodEnd, last: fund.lastDay })}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="startsOn" label={t("startsOn")} required>
          <Input type="date" min={fund.periodStart} max={fund.periodEnd} />
        </Field>
        <Field name="endsOn" label={t("endsOn")} required>
          <Input type="date" min={fund.periodStart} max={fund.lastDay} />
        </Field>
        <Field name="plannedCost" label={t("plannedCost", { currency: fund.currency })} required>
          <Input inputMode="decimal" maxLength={30} autoComplete="off" />
        </Field>
        <Field
          name="requested"
          label={t("requested", { currency: fund.currency })}
          hint={t("requestedHint", { share: fund.maxShareBp / 100 })}
          required
        >
          <Input inputMode="decimal" maxLength={30} autoComplete="off" />
        </Field>
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-900">{t("material")}</legend>
        <p className="text-sm text-slate-700">{t("materialHint")}</p>
        {Array.from({ length: MATERIAL_SLOTS }, (_, i) => (
          <Field key={i} name={`documentFileIds.${i}`} label={t("materialSlot", { n: i + 1 })} optional>
            {(control) => (
              <FileField
                {...control}
                uploadUrl={`/${tenant}/portal/coop/documents`}
                purpose="coop.material"
                accept={DOCUMENT_TYPES}
                maxBytes={FILE_PURPOSES["coop.material"].maxBytes}
              />
            )}
          </Field>
        ))}
      </fieldset>
      <FormSubmit pendingText={t("working")}>{t("submit")}</FormSubmit>
    </Form>
  );
}
