"use client";

import { useEffect } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Field, Form, FormAlert, FormSubmit, useActionForm, useFieldError } from "@/components/forms";
import { FileField } from "@/components/forms/file-field";
import { money } from "@/components/pricing/money";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ClaimableRequest, OpenFund } from "@/lib/coop/portal";
import { DOCUMENT_TYPES, FILE_PURPOSES } from "@/lib/files/purposes";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadClaim = () => import("@/lib/coop/schema").then((module) => module.claimSchema);

const PROOF_SLOTS = 3;

export type ClaimFormProps = {
  tenant: string;
  /** open funds whose program claims without pre-approval */
  funds: OpenFund[];
  /** every open fund (a request's fund shows its share) */
  allFunds: OpenFund[];
  requests: ClaimableRequest[];
  requestId: string;
  today: string;
  submissionKey: string;
  action: ServerAction;
};

/**
 * A claim after the activity: against an approved request (its fund and type come with it,
 * the approved amount is the ceiling) or, where the program needs no pre-approval, straight
 * against a fund; actual cost, amount claimed and up to three proofs of performance. The
 * server checks the share, the deadline and the balance under the fund's lock.
 */
export function ClaimForm({
  tenant,
  funds,
  allFunds,
  requests,
  requestId,
  today,
  submissionKey,
  action,
}: ClaimFormProps) {
  const t = useTranslations("coopPortal.claimForm");
  const activity = useTranslations("coopPortal.activity");
  const locale = useLocale();
  const first = requests.find((r) => r.id === requestId);
  const kit = useActionForm({
    action,
    schema: loadClaim,
    defaultValues: {
      requestId,
      fundId: first?.fundId ?? funds[0]?.id ?? "",
      activityType: first?.activityType ?? funds[0]?.activityTypes[0] ?? "",
      title: first?.title ?? "",
      startsOn: first?.startsOn ?? "",
      endsOn: first?.endsOn ?? "",
      actualCost: "",
      claimed: "",
      proofFileIds: Array.from({ length: PROOF_SLOTS }, () => ""),
    },
    hidden: { tenant, submissionKey },
    issues: { "coop.validation": useTranslations("coop.validation") },
  });
  const { setValue, getValues } = kit.form;
  const chosenRequest = useWatch({ control: kit.form.control, name: "requestId" }) as string;
  const chosenFund = useWatch({ control: kit.form.control, name: "fundId" }) as string;
  const request = requests.find((r) => r.id === chosenRequest) ?? null;
  // A request brings its fund, type, title and dates; the partner edits the dates if they moved.
  useEffect(() => {
    if (!request) {
      if (!funds.some((f) => f.id === getValues("fundId")) && funds[0]) setValue("fundId", funds[0].id);
      return;
    }
    setValue("fundId", request.fundId);
    setValue("activityType", request.activityType);
    if (!getValues("title")) setValue("title", request.title);
    if (!getValues("startsOn")) setValue("startsOn", request.startsOn);
    if (!getValues("endsOn")) setValue("endsOn", request.endsOn);
  }, [request, funds, setValue, getValues]);
  const fund = allFunds.find((f) => f.id === (request?.fundId ?? chosenFund)) ?? funds[0] ?? allFunds[0]!;
  const share = fund.maxShareBp / 100;
  useEffect(() => {
    if (!request && !(fund.activityTypes as readonly string[]).includes(getValues("activityType") as string))
      setValue("activityType", fund.activityTypes[0] ?? "");
  }, [request, fund, getValues, setValue]);
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      {requests.length > 0 && (
        <Field
          name="requestId"
          label={t("request")}
          hint={t("requestHint")}
          {...(funds.length ? { optional: true } : { required: true })}
        >
          <Select
            options={[
              ...(funds.length ? [{ value: "", label: t("noRequest") }] : []),
              ...requests.map((r) => ({
                value: r.id,
                label: t("requestOption", {
                  title: r.title,
                  amount: money(r.approvedMinor, r.currency, locale),
                  date: r.claimDeadline,
                }),
              })),
            ]}
          />
        </Field>
      )}
      {request ? (
        <p className="rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm text-slate-800">
          {fund.programName} · {activity(request.activityType)}
        </p>
      ) : (
        <>
          <Field name="fundId" label={t("fund")} required>
            <Select
              options={funds.map((f) => ({
                value: f.id,
                label: `${f.programName} (${f.periodStart} – ${f.periodEnd})`,
              }))}
            />
          </Field>
          <Field name="activityType" label={t("activityType")} required>
            <Select options={fund.activityTypes.map((value) => ({ value, label: activity(value) }))} />
          </Field>
        </>
      )}
      <Field name="title" label={t("titleField")} required>
        <Input maxLength={200} autoComplete="off" />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="startsOn" label={t("startsOn")} required>
          <Input type="date" min={fund.periodStart} max={today} />
        </Field>
        <Field name="endsOn" label={t("endsOn")} required>
          <Input type="date" min={fund.periodStart} max={today} />
        </Field>
        <Field name="actualCost" label={t("actualCost", { currency: fund.currency })} required>
          <Input inputMode="decimal" maxLength={30} autoComplete="off" />
        </Field>
        <Field
          name="claimed"
          label={t("claimed", { currency: fund.currency })}
          hint={
            request
              ? t("claimedRequestHint", { share, approved: money(request.approvedMinor, request.currency, locale) })
              : t("claimedHint", { share })
          }
          required
        >
          <Input inputMode="decimal" maxLength={30} autoComplete="off" />
        </Field>
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-900">{t("proofs")}</legend>
        <p className="text-sm text-slate-700">{t("proofsHint")}</p>
        <ListError name="proofFileIds" />
        {Array.from({ length: PROOF_SLOTS }, (_, i) => (
          <Field
            key={i}
            name={`proofFileIds.${i}`}
            label={t("proofSlot", { n: i + 1 })}
            {...(i === 0 ? { required: true } : { optional: true })}
          >
            {(control) => (
              <FileField
                {...control}
                uploadUrl={`/${tenant}/portal/coop/documents`}
                purpose="coop.proof"
                accept={DOCUMENT_TYPES}
                maxBytes={FILE_PURPOSES["coop.proof"].maxBytes}
              />
            )}
          </Field>
        ))}
      </fieldset>
      <FormSubmit pendingText={t("working")}>{t("submit")}</FormSubmit>
    </Form>
  );
}

/** A list's own error ("attach at least one proof"), beside its slots. */
export function ListError({ name }: { name: string }) {
  const message = useFieldError(name);
  if (!message) return null;
  return (
    <p id={`${name}-error`} role="alert" className="text-sm font-medium text-red-800">
      {message}
    </p>
  );
}
