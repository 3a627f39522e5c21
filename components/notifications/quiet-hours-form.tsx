"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Field, Form, FormAlert, FormSubmit, useActionForm, useRegister } from "@/components/forms";
import { TimeZonePicker } from "@/components/forms/pickers";
import { CardContent, CardFooter } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { ComboboxOption } from "@/components/ui/combobox";
import { Input } from "@/components/ui/input";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadQuietHours = () => import("@/lib/notify/schema").then((module) => module.quietHoursSchema);

export type QuietHoursFormProps = {
  tenant: string;
  /** Minutes after local midnight, or null for "no quiet hours". */
  start: number | null;
  end: number | null;
  timeZone: string;
  timeZones: ComboboxOption[];
  action: ServerAction<{ enabled: boolean }>;
};

/** 1320 → "22:00", the value format of <input type="time">. */
function toTime(minutes: number | null): string {
  if (minutes === null) return "";
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** "No quiet hours", or a start and end time in the user's own time zone. */
export function QuietHoursForm({ tenant, start, end, timeZone, timeZones, action }: QuietHoursFormProps) {
  const t = useTranslations("notifications.preferences.quietHours");
  const kit = useActionForm({
    action,
    schema: loadQuietHours,
    // The times stay typed while switched off, so switching back and forth keeps them.
    defaultValues: {
      quietMode: start !== null && end !== null ? "on" : "off",
      quietHoursStart: toTime(start) || "22:00",
      quietHoursEnd: toTime(end) || "07:00",
      timeZone,
    },
    hidden: { tenant },
  });
  const register = useRegister(kit.form);
  const enabled = useWatch({ control: kit.form.control, name: "quietMode" }) === "on";
  const { state } = kit;

  const option = (value: "on" | "off", label: string, hint: string) => (
    <label
      className={cn(
        "flex cursor-pointer gap-3 rounded-lg border p-3 text-sm",
        enabled === (value === "on") ? "border-brand-600 bg-brand-50" : "border-slate-300 hover:bg-slate-50",
      )}
    >
      <input
        type="radio"
        value={value}
        {...register("quietMode", { type: "radio", value })}
        className="mt-0.5 size-4 accent-brand-700"
      />
      <span>
        <span className="block font-medium text-slate-900">{label}</span>
        <span className="block text-slate-600">{hint}</span>
      </span>
    </label>
  );

  return (
    <Form kit={kit}>
      <CardContent className="space-y-5">
        <FormAlert success={state.status === "success" && !state.data?.enabled ? t("savedOff") : t("saved")} />
        <fieldset className="space-y-2">
          <legend className="mb-2 text-sm font-medium text-slate-900">{t("mode")}</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {option("off", t("off"), t("offHint"))}
            {option("on", t("on"), t("onHint"))}
          </div>
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="quietHoursStart" label={t("start")} required={enabled}>
            <Input type="time" disabled={!enabled} />
          </Field>
          <Field name="quietHoursEnd" label={t("end")} required={enabled}>
            <Input type="time" disabled={!enabled} />
          </Field>
        </div>
        <p className="-mt-2 text-sm text-slate-600">{t("overnight")}</p>
        <Field name="timeZone" label={t("timeZone")} required>
          {(control) => <TimeZonePicker {...control} options={timeZones} />}
        </Field>
      </CardContent>
      <CardFooter>
        <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
      </CardFooter>
    </Form>
  );
}
