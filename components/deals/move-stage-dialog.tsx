"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { DialogShell } from "@/components/forms/dialog-shell";
import { DialogFooter } from "@/components/ui/dialog-footer";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadMoveStage = () => import("@/lib/deals/schema").then((module) => module.moveStageSchema);

export type MoveStageDialogProps = {
  tenant: string;
  action: ServerAction;
  deal: { id: string; version: number; name: string };
  /** the stages it may go to (every other one), in board order */
  stages: { id: string; name: string; kind: "OPEN" | "WON" | "LOST" }[];
};

/**
 * Moves a deal with the keyboard or a pointer alike (no dragging needed): choose a stage,
 * give the win or loss reason when closing, confirm. The server checks the exit criteria
 * and answers what is missing.
 */
export function MoveStageDialog({ tenant, action, deal, stages }: MoveStageDialogProps) {
  const t = useTranslations("deals.move");
  return (
    <DialogShell
      trigger={
        <Button size="sm" variant="secondary">
          {t("trigger")}
          <span className="sr-only"> ({deal.name})</span>
        </Button>
      }
      title={t("title", { deal: deal.name })}
      description={t("description")}
    >
      <MoveForm tenant={tenant} action={action} deal={deal} stages={stages} />
    </DialogShell>
  );
}

/** The move form itself: in the dialog on the board, inline on the deal's page. */
export function MoveForm({ tenant, action, deal, stages, onDone }: MoveStageDialogProps & { onDone?: () => void }) {
  const t = useTranslations("deals.move");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadMoveStage,
    defaultValues: { stageId: "", reason: "" },
    hidden: { tenant, opportunityId: deal.id, version: String(deal.version) },
    onSuccess: () => {
      onDone?.();
      router.refresh();
    },
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <Field name="stageId" label={t("stage")} required>
        <Select placeholder={t("stagePlaceholder")} options={stages.map((s) => ({ value: s.id, label: s.name }))} />
      </Field>
      <Field name="reason" label={t("reason")} hint={t("reasonHint")} optional>
        <Textarea rows={2} maxLength={1000} />
      </Field>
      <DialogFooter>
        {/* In the dialog: closes it (as Radix's Close would), without bringing Radix to the deal's page. */}
        {onDone && (
          <Button variant="secondary" onClick={onDone}>
            {t("cancel")}
          </Button>
        )}
        <FormSubmit pendingText={t("moving")}>{t("submit")}</FormSubmit>
      </DialogFooter>
    </Form>
  );
}
