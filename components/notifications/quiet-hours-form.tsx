"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ActionAlert } from "@/components/backoffice/action-alert";
import { TenantField } from "@/components/backoffice/tenant-field";
import { useFormAction, type FormAction } from "@/components/backoffice/use-form-action";
import { CardContent, CardFooter } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";

export type QuietHoursFormProps = {
  tenant: string;
  /** Minutes after local midnight, or null for "no quiet hours". */
  start: number | null;
  end: number | null;
  timeZone: string;
  timeZones: SelectOption[];
  action: FormAction<{ enabled: boolean }>;
};

/** 1320 → "22:00", the value format of <input type="time">. */
function toTime(minutes: number | null): string {
  if (minutes === null) return "";
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** "No quiet hours", or a start and end time in the user's own time zone. */
export function QuietHoursForm({ tenant, start, end, timeZone, timeZones, action }: QuietHoursFormProps) {
  const t = useTranslations("notifications.preferences.quietHours");
  const [enabled, setEnabled] = useState(start !== null && end !== null);
  // Controlled, so switching the mode back and forth keeps what was typed.
  const [from, setFrom] = useState(toTime(start) || "22:00");
  const [until, setUntil] = useState(toTime(end) || "07:00");
  const [zone, setZone] = useState(timeZone);
  const [state, formAction] = useFormAction(action);
  const errors = state.fieldErrors ?? {};

  const option = (value: boolean, label: string, hint: string) => (
    <label
      className={cn(
        "flex cursor-pointer gap-3 rounded-lg border p-3 text-sm",
        enabled === value ? "border-brand-600 bg-brand-50" : "border-slate-300 hover:bg-slate-50",
      )}
    >
      <input
        type="radio"
        name="quietMode"
        checked={enabled === value}
        onChange={() => setEnabled(value)}
        className="mt-0.5 size-4 accent-brand-700"
      />
      <span>
        <span className="block font-medium text-slate-900">{label}</span>
        <span className="block text-slate-600">{hint}</span>
      </span>
    </label>
  );

  return (
    <form action={formAction} noValidate>
      <CardContent className="space-y-5">
        <ActionAlert state={state} success={state.data?.enabled ? t("saved") : t("savedOff")} />
        <TenantField slug={tenant} />
        <fieldset className="space-y-2">
          <legend className="mb-2 text-sm font-medium text-slate-900">{t("mode")}</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {option(false, t("off"), t("offHint"))}
            {option(true, t("on"), t("onHint"))}
          </div>
        </fieldset>
        {/* Empty times mean "no quiet hours" to the server. */}
        {!enabled && (
          <>
            <input type="hidden" name="quietHoursStart" value="" />
            <input type="hidden" name="quietHoursEnd" value="" />
          </>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={t("start")} error={errors.quietHoursStart} required={enabled}>
            <Input
              type="time"
              name={enabled ? "quietHoursStart" : undefined}
              value={from}
              onChange={(event) => setFrom(event.target.value)}
              disabled={!enabled}
            />
          </FormField>
          <FormField label={t("end")} error={errors.quietHoursEnd} required={enabled}>
            <Input
              type="time"
              name={enabled ? "quietHoursEnd" : undefined}
              value={until}
              onChange={(event) => setUntil(event.target.value)}
              disabled={!enabled}
            />
          </FormField>
        </div>
        <p className="-mt-2 text-sm text-slate-600">{t("overnight")}</p>
        <FormField label={t("timeZone")} error={errors.timeZone} required>
          <Select name="timeZone" options={timeZones} value={zone} onChange={(event) => setZone(event.target.value)} />
        </FormField>
      </CardContent>
      <CardFooter>
        <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
      </CardFooter>
    </form>
  );
}
