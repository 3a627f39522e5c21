"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { resolveConflictSchema } from "@/lib/conflicts/schema";
import type { ServerAction } from "@/lib/http/action-state";

export type ResolveDialogProps = {
  tenant: string;
  action: ServerAction;
  conflict: { id: string; version: number; accountName: string };
};

/** A channel manager's decision on a conflict: allow or decline, always with a reason. */
export function ResolveDialog({ tenant, action, conflict }: ResolveDialogProps) {
  const t = useTranslations("conflicts.resolve");
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
          {t("trigger")}
          <span className="sr-only"> ({conflict.accountName})</span>
        </Button>
      </DialogTrigger>
      <DialogContent title={t("title", { account: conflict.accountName })} description={t("description")}>
        <ResolveForm key={round} tenant={tenant} action={action} conflict={conflict} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

function ResolveForm({ tenant, action, conflict, onDone }: ResolveDialogProps & { onDone: () => void }) {
  const t = useTranslations("conflicts.resolve");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: resolveConflictSchema,
    defaultValues: { decision: "", reason: "" },
    hidden: { tenant, conflictId: conflict.id, version: String(conflict.version) },
    onSuccess: () => {
      onDone();
      router.refresh();
    },
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <Field name="decision" label={t("decision")} required>
        <Select
          placeholder={t("decisionPlaceholder")}
          options={[
            { value: "ALLOWED", label: t("allow") },
            { value: "DECLINED", label: t("decline") },
          ]}
        />
      </Field>
      <Field name="reason" label={t("reason")} hint={t("reasonHint")} required>
        <Textarea rows={3} maxLength={1000} />
      </Field>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">{t("cancel")}</Button>
        </DialogClose>
        <FormSubmit pendingText={t("saving")}>{t("submit")}</FormSubmit>
      </DialogFooter>
    </Form>
  );
}
