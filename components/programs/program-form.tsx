"use client";

import { useTranslations } from "next-intl";
import { Plus } from "lucide-react";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";
import { PROGRAM_ACTIVATIONS, createProgramSchema, updateProgramSchema } from "@/lib/programs/schema";
import type { ProgramSummary } from "@/lib/programs/types";
import { FormDialog } from "./form-dialog";

function ProgramFields() {
  const t = useTranslations("programs.definition");
  const activation = useTranslations("programs.activation");
  return (
    <>
      <Field name="name" label={t("name")} required>
        <Input maxLength={80} />
      </Field>
      <Field name="description" label={t("descriptionLabel")} optional>
        <Textarea maxLength={500} rows={3} />
      </Field>
      <Field name="activation" label={t("activation")} hint={t("activationHint")} required>
        <Select options={PROGRAM_ACTIVATIONS.map((value) => ({ value, label: activation(value) }))} />
      </Field>
    </>
  );
}

/** "New program": name, description, how partners are activated; opens the new program. */
export function NewProgramDialog({ tenant, action, triggerLabel }: { tenant: string; action: ServerAction; triggerLabel: string }) {
  const t = useTranslations("programs.definition");
  return (
    <FormDialog triggerLabel={triggerLabel} triggerVariant="primary" triggerSize="md" triggerIcon={<Plus aria-hidden="true" />} title={t("newTitle")} description={t("newDescription")}>
      {() => <NewProgramForm tenant={tenant} action={action} />}
    </FormDialog>
  );
}

function NewProgramForm({ tenant, action }: { tenant: string; action: ServerAction }) {
  const t = useTranslations("programs.definition");
  const kit = useActionForm({ action, schema: createProgramSchema, defaultValues: { name: "", description: "", activation: "MANUAL" }, hidden: { tenant } });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <ProgramFields />
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">{t("cancel")}</Button>
        </DialogClose>
        <FormSubmit pendingText={t("creating")}>{t("create")}</FormSubmit>
      </DialogFooter>
    </Form>
  );
}

/** The program's settings on its page (optimistic version: a second tab's save is refused). */
export function ProgramSettingsForm({ tenant, action, program }: { tenant: string; action: ServerAction; program: ProgramSummary }) {
  const t = useTranslations("programs.definition");
  const kit = useActionForm({
    action,
    schema: updateProgramSchema,
    defaultValues: { name: program.name, description: program.description ?? "", activation: program.activation },
    hidden: { tenant, programId: program.id, version: String(program.version) },
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("saved")} />
      <ProgramFields />
      <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
    </Form>
  );
}
