"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { Field, FieldArray, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { DialogShell, NewOrEditButton } from "@/components/forms/dialog-shell";
import { Input } from "@/components/ui/input";
import { MAX_CRITERIA } from "@/lib/deals/constants";
import type { StageItem } from "@/lib/deals/types";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadCreateStage = () => import("@/lib/deals/schema").then((module) => module.createStageSchema);
const loadUpdateStage = () => import("@/lib/deals/schema").then((module) => module.updateStageSchema);

export type StageDialogProps = {
  tenant: string;
  action: ServerAction;
  /** Edit: the stage as loaded, with its version. New open stage otherwise. */
  stage?: StageItem;
};

/** "New stage" / "Edit": name, probability and the exit criteria checklist (won and lost have none). */
export function StageDialog({ tenant, action, stage }: StageDialogProps) {
  const t = useTranslations("deals.settings");
  return (
    <DialogShell
      trigger={<NewOrEditButton {...(stage ? { editing: stage.name } : {})} editLabel={t("edit")} newLabel={t("newStage")} />}
      title={stage ? t("editTitle", { stage: stage.name }) : t("newTitle")}
      description={t("stageDescription")}
    >
      <StageForm tenant={tenant} action={action} {...(stage ? { stage } : {})} />
    </DialogShell>
  );
}

function HiddenId({ name }: { name: string }) {
  const { register } = useFormContext();
  return <input type="hidden" {...register(name)} />;
}

function StageForm({ tenant, action, stage, onDone }: StageDialogProps & { onDone?: () => void }) {
  const t = useTranslations("deals.settings");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: stage ? loadUpdateStage : loadCreateStage,
    defaultValues: {
      name: stage?.name ?? "",
      probability: String(stage?.probability ?? 50),
      criteria: stage?.criteria.map((c) => ({ id: c.id, label: c.label })) ?? [],
    },
    hidden: stage ? { tenant, stageId: stage.id, version: String(stage.version) } : { tenant },
    onSuccess: () => {
      onDone?.();
      router.refresh();
    },
  });
  const open = !stage || stage.kind === "OPEN";
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <Field name="name" label={t("name")} required>
        <Input maxLength={60} />
      </Field>
      <Field name="probability" label={t("probability")} hint={open ? t("probabilityHint") : t("probabilityFixed")} required>
        <Input inputMode="numeric" maxLength={3} className="max-w-32" readOnly={!open} />
      </Field>
      {open && (
        <FieldArray
          name="criteria"
          legend={t("criteria")}
          newRow={() => ({ id: "", label: "" })}
          rowLabel={(index) => t("criterion", { number: index + 1 })}
          addLabel={t("addCriterion")}
          removeLabel={(index) => t("removeCriterion", { number: index + 1 })}
          announce={{ added: (index) => t("criterionAdded", { number: index + 1 }), removed: (index) => t("criterionRemoved", { number: index + 1 }) }}
          max={MAX_CRITERIA}
        >
          {({ name }) => (
            <>
              <HiddenId name={name("id")} />
              <Field name={name("label")} label={t("criterionLabel")} required>
                <Input maxLength={160} />
              </Field>
            </>
          )}
        </FieldArray>
      )}
      <FormSubmit pendingText={t("saving")}>{stage ? t("save") : t("create")}</FormSubmit>
    </Form>
  );
}
