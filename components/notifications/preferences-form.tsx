"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { ActionAlert } from "@/components/backoffice/action-alert";
import { Button } from "@/components/ui/button";
import { CardContent, CardFooter } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { idleState, type ActionState } from "@/lib/http/action-state";
import { eventLabel } from "@/lib/notify/texts";
import type { EventPreference, ObjectAction } from "./types";

const CHANNELS = ["email", "sms", "inApp"] as const;
type Channel = (typeof CHANNELS)[number];

export type PreferencesFormProps = {
  tenant: string;
  events: EventPreference[];
  /** SMS stays locked until the profile phone is verified. */
  smsAvailable: boolean;
  action: ObjectAction;
};

/** Tunable events × channels as a grid of checkboxes, saved together. */
export function PreferencesForm({ tenant, events: initial, smsAvailable, action }: PreferencesFormProps) {
  const t = useTranslations("notifications");
  const [events, setEvents] = useState(initial);
  const [state, dispatch, pending] = useActionState(
    (prev: ActionState, events: EventPreference[]) => action(prev, { tenant, events }),
    idleState,
  );

  function toggle(type: string, channel: Channel, value: boolean) {
    setEvents((current) => current.map((event) => (event.type === type ? { ...event, [channel]: value } : event)));
  }

  // Sent as an object: a list of rows is not something FormData can carry.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(() => dispatch(events));
  }

  const smsNoteId = "notification-sms-locked";

  return (
    <form onSubmit={submit} noValidate>
      <CardContent className="space-y-4">
        <ActionAlert state={state} success={t("preferences.events.saved")} />
        <Table label={t("preferences.events.tableLabel")}>
          <TableHeader>
            <TableRow>
              <TableHead>{t("preferences.events.event")}</TableHead>
              {CHANNELS.map((channel) => (
                <TableHead key={channel} align="center" className="px-2">
                  {t(`preferences.channels.${channel}`)}
                </TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {events.map((event) => {
              const label = eventLabel(t, event.type);
              return (
                <TableRow key={event.type}>
                  <TableHead
                    scope="row"
                    className="text-sm font-medium tracking-normal whitespace-normal text-slate-900 normal-case"
                  >
                    {label}
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
                          <input
                            type="checkbox"
                            checked={event[channel]}
                            disabled={locked}
                            aria-describedby={locked ? smsNoteId : undefined}
                            onChange={(change) => toggle(event.type, channel, change.target.checked)}
                            className="size-5 accent-brand-700 disabled:opacity-50"
                          />
                          <span className="sr-only">
                            {t("preferences.events.checkbox", {
                              channel: t(`preferences.channels.${channel}`),
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
            {t("preferences.events.smsLocked")}
          </p>
        )}
      </CardContent>
      <CardFooter>
        <Button type="submit" loading={pending} loadingText={t("preferences.events.saving")}>
          {t("preferences.events.save")}
        </Button>
      </CardFooter>
    </form>
  );
}
