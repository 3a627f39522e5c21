"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { ACTIVITY_KINDS, REMINDER_CHOICES } from "@/lib/activities/constants";
import type { LogActivityDialogProps } from "./log-activity-dialog";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadLogActivity = () => import("@/lib/activities/schema").then((module) => module.logActivitySchema);
const loadLogSharedActivity = () => import("@/lib/activities/schema").then((module) => module.logSharedActivitySchema);

/**
 * The form inside LogActivityDialog. Its own module, loaded when the dialog first opens
 * (react-hook-form, zod and the schemas stay out of the page's first script).
 */
export function LogActivityForm({
  tenant,
  action,
  subject,
  assignees,
  me,
  today,
  side,
  onDone,
}: LogActivityDialogProps & { onDone?: () => void }) {
  const t = useTranslations("activities.log");
  const kinds = useTranslations("activities.kinds");
  const visibility = useTranslations("activities.visibility");
  const reminders = useTranslations("activities.reminders");
  const issues = useTranslations("activities.validation");
  const router = useRouter();
  const kit = useActionForm({
    action,
    issues: { "activities.validation": issues },
    schema: side === "vendor" ? loadLogActivity : loadLogSharedActivity,
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
      onDone?.();
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
        <Field name="kind" label={t("kind")} required>
          <Select options={ACTIVITY_KINDS.map((value) => ({ value, label: kinds(value) }))} />
        </Field>
        {side === "vendor" && (
          <Field name="visibility" label={t("visibility")} hint={t("visibilityHint")} required>
            <Select
              options={[
                { value: "INTERNAL", label: visibility("INTERNAL") },
                { value: "SHARED", label: visibility("SHARED") },
              ]}
            />
          </Field>
        )}
      </div>
      <Field name="title" label={task ? t("taskTitle") : t("subjectLine")} required>
        <Input maxLength={200} autoComplete="off" />
      </Field>
      <Field name="body" label={t("body")} optional>
        <Textarea maxLength={5000} rows={3} />
      </Field>
      {task ? (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field name="dueOn" label={t("dueOn")} required>
              <Input type="date" min={today} />
            </Field>
            <Field name="reminder" label={t("reminder")}>
              <Select options={REMINDER_CHOICES.map((value) => ({ value, label: reminders(value) }))} />
            </Field>
          </div>
          <Field
            name="assignee"
            label={t("assignee")}
            hint={side === "vendor" ? t("assigneeHint") : undefined}
            required
          >
            <Select placeholder={t("assigneePlaceholder")}>
              {vendorPeople.length > 0 && (
                <optgroup label={t("vendorPeople")}>
                  {vendorPeople.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </optgroup>
              )}
              {partnerPeople.length > 0 && (
                <optgroup label={t("partnerPeople")}>
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
        <Field name="occurredOn" label={t("occurredOn")} required>
          <Input type="date" />
        </Field>
      )}
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">{t("cancel")}</Button>
        </DialogClose>
        <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
      </DialogFooter>
    </Form>
  );
}
