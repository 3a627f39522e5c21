"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog-footer";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";
import { PROGRAM_ACTIVATIONS } from "@/lib/programs/constants";
import type { ProgramSummary } from "@/lib/programs/types";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadCreateProgram = () => import("@/lib/programs/schema").then((module) => module.createProgramSchema);
const loadUpdateProgram = () => import("@/lib/programs/schema").then((module) => module.updateProgramSchema);

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

/** The form inside NewProgramDialog (./new-program-dialog.tsx), loaded when the dialog first opens. */
export function NewProgramForm({ tenant, action, onDone }: { tenant: string; action: ServerAction; onDone?: () => void }) {
  const t = useTranslations("programs.definition");
  const issues = useTranslations("programs.validation");
  const kit = useActionForm({ issues: { "programs.validation": issues }, action, schema: loadCreateProgram, defaultValues: { name: "", description: "", activation: "MANUAL" }, hidden: { tenant } });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <ProgramFields />
      <DialogFooter>
        {/* Closes the dialog (as Radix's Close would), without bringing Radix to the program page, which shows the settings form. */}
        {onDone && (
          <Button variant="secondary" onClick={onDone}>
            {t("cancel")}
          </Button>
        )}
        <FormSubmit pendingText={t("creating")}>{t("create")}</FormSubmit>
      </DialogFooter>
    </Form>
  );
}

/** The program's settings on its page (optimistic version: a second tab's save is refused). */
export function ProgramSettingsForm({ tenant, action, program }: { tenant: string; action: ServerAction; program: ProgramSummary }) {
  const t = useTranslations("programs.definition");
  const issues = useTranslations("programs.validation");
  const kit = useActionForm({
    issues: { "programs.validation": issues },
    action,
    schema: loadUpdateProgram,
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
