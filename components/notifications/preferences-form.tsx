"use client";

import { useTranslations } from "next-intl";
import { Form, FormAlert, FormSubmit, useActionForm, useRegister } from "@/components/forms";
import { CardContent, CardFooter } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ServerAction } from "@/lib/http/action-state";
import { typeKey } from "@/lib/notify/texts";
import type { EventPreference } from "./types";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadPreferences = () => import("@/lib/notify/schema").then((module) => module.preferencesSchema);

const CHANNELS = ["email", "sms", "inApp"] as const;

export type PreferencesFormProps = {
  tenant: string;
  events: EventPreference[];
  /** SMS stays locked until the profile phone is verified. */
  smsAvailable: boolean;
  action: ServerAction;
};

/**
 * Tunable events × channels as a grid of checkboxes, saved together (the rows are named
 * `events.<n>.<channel>`, so the same form also posts without JavaScript).
 */
export function PreferencesForm({ tenant, events, smsAvailable, action }: PreferencesFormProps) {
  const kit = useActionForm({ action, schema: loadPreferences, defaultValues: { events }, hidden: { tenant } });

  return (
    <Form kit={kit}>
      <PreferencesGrid events={events} smsAvailable={smsAvailable} />
    </Form>
  );
}

/** The grid itself, inside <Form> (its boxes register with the form). */
function PreferencesGrid({ events, smsAvailable }: Pick<PreferencesFormProps, "events" | "smsAvailable">) {
  const t = useTranslations("notifications.preferences");
  const eventNames = useTranslations("notifications.events");
  const register = useRegister();
  const smsNoteId = "notification-sms-locked";
  return (
    <>
      <CardContent className="space-y-4">
        <FormAlert success={t("events.saved")} />
        <Table label={t("events.tableLabel")}>
          <TableHeader>
            <TableRow>
              <TableHead>{t("events.event")}</TableHead>
              {CHANNELS.map((channel) => (
                <TableHead key={channel} align="center" className="px-2">
                  {t(`channels.${channel}`)}
                </TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {events.map((event, index) => {
              const label = eventNames.has(typeKey(event.type)) ? eventNames(typeKey(event.type)) : event.type;
              return (
                <TableRow key={event.type}>
                  <TableHead
                    scope="row"
                    className="text-sm font-medium tracking-normal whitespace-normal text-slate-900 normal-case"
                  >
                    {label}
                    <input type="hidden" {...register(`events.${index}.type`)} />
                  </TableHead>
                  {CHANNELS.map((channel) => {
                    const locked = channel === "sms" && !smsAvailable;
                    return (
                      <TableCell key={channel} align="center" className="px-2 py-1">
                        <label
                          className={cn(
                            "inline-flex size-11 items-center justify-center rounded-lg",
                            locked ? "cursor-not-allowed" : "cursor-pointer hover:bg-slate-100",
                          )}
                        >
                          {/* A locked box is shown, not registered: its saved value is kept as it is. */}
                          <input
                            type="checkbox"
                            {...(locked
                              ? { disabled: true, defaultChecked: event[channel] }
                              : register(`events.${index}.${channel}`, { type: "checkbox" }))}
                            aria-describedby={locked ? smsNoteId : undefined}
                            className="size-5 accent-brand-700 disabled:opacity-50"
                          />
                          <span className="sr-only">
                            {t("events.checkbox", {
                              channel: t(`channels.${channel}`),
                              event: label,
                            })}
                          </span>
                        </label>
                      </TableCell>
                    );
                  })}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        {!smsAvailable && (
          <p id={smsNoteId} className="text-sm text-slate-600">
            {t("events.smsLocked")}
          </p>
        )}
      </CardContent>
      <CardFooter>
        <FormSubmit pendingText={t("events.saving")}>{t("events.save")}</FormSubmit>
      </CardFooter>
    </>
  );
}
