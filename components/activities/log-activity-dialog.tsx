"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import {
  ACTIVITY_KINDS,
  REMINDER_CHOICES,
  logActivitySchema,
  logSharedActivitySchema,
  type ActivitySubjectTypeValue,
} from "@/lib/activities/schema";
import type { AssigneeOption } from "@/lib/activities/types";
import type { ServerAction } from "@/lib/http/action-state";

export type LogActivityDialogProps = {
  tenant: string;
  action: ServerAction;
  subject: { type: ActivitySubjectTypeValue; id: string };
  /** Who a task may be assigned to (the reader's own seat first is not assumed). */
  assignees: AssigneeOption[];
  /** The reader's own choice in `assignees`, preselected for a task. */
  me?: string;
  /** "YYYY-MM-DD" where the vendor works: the default day of what happened. */
  today: string;
  /** The vendor chooses internal or shared; in the portal everything is shared. */
  side: "vendor" | "partner";
};

/** "Log activity": a call, meeting, e-mail, note or task on one subject. */
export function LogActivityDialog(props: LogActivityDialogProps) {
  const t = useTranslations("activities.log");
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setRound((value) => value + 1);
      }}
    >
      <DialogTrigger asChild>
        <Button size="sm">
          <Plus aria-hidden="true" />
          {t("open")}
        </Button>
      </DialogTrigger>
      <DialogContent title={t("title")} description={props.side === "vendor" ? t("description") : t("descriptionPortal")}>
        <LogActivityForm key={round} {...props} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

function LogActivityForm({ tenant, action, subject, assignees, me, today, side, onDone }: LogActivityDialogProps & { onDone: () => void }) {
  const t = useTranslations("activities");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: side === "vendor" ? logActivitySchema : logSharedActivitySchema,
    defaultValues: {
      kind: "CALL",
      ...(side === "vendor" ? { visibility: "INTERNAL" } : {}),
      title: "",
      body: "",
      occurredOn: today,
      dueOn: "",
      assignee: me ?? "",
      reminder: "none",
    },
    hidden: { tenant, subjectType: subject.type, subjectId: subject.id },
    onSuccess: () => {
      onDone();
      router.refresh();
    },
  });
  const kind = kit.form.watch("kind");
  const task = kind === "TASK";
  const vendorPeople = assignees.filter((option) => option.side === "VENDOR");
  const partnerPeople = assignees.filter((option) => option.side === "PARTNER");
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="kind" label={t("log.kind")} required>
          <Select options={ACTIVITY_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))} />
        </Field>
        {side === "vendor" && (
          <Field name="visibility" label={t("log.visibility")} hint={t("log.visibilityHint")} required>
            <Select
              options={[
                { value: "INTERNAL", label: t("visibility.INTERNAL") },
                { value: "SHARED", label: t("visibility.SHARED") },
              ]}
            />
          </Field>
        )}
      </div>
      <Field name="title" label={task ? t("log.taskTitle") : t("log.subjectLine")} required>
        <Input maxLength={200} autoComplete="off" />
      </Field>
      <Field name="body" label={t("log.body")} optional>
        <Textarea maxLength={5000} rows={3} />
      </Field>
      {task ? (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field name="dueOn" label={t("log.dueOn")} required>
              <Input type="date" min={today} />
            </Field>
            <Field name="reminder" label={t("log.reminder")}>
              <Select options={REMINDER_CHOICES.map((value) => ({ value, label: t(`reminders.${value}`) }))} />
            </Field>
          </div>
          <Field name="assignee" label={t("log.assignee")} hint={side === "vendor" ? t("log.assigneeHint") : undefined} required>
            <Select placeholder={t("log.assigneePlaceholder")}>
              {vendorPeople.length > 0 && (
                <optgroup label={t("log.vendorPeople")}>
                  {vendorPeople.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </optgroup>
              )}
              {partnerPeople.length > 0 && (
                <optgroup label={t("log.partnerPeople")}>
                  {partnerPeople.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </optgroup>
              )}
            </Select>
          </Field>
        </>
      ) : (
        <Field name="occurredOn" label={t("log.occurredOn")} required>
          <Input type="date" />
        </Field>
      )}
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">{t("log.cancel")}</Button>
        </DialogClose>
        <FormSubmit pendingText={t("log.saving")}>{t("log.save")}</FormSubmit>
      </DialogFooter>
    </Form>
  );
}
