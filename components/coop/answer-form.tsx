"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { FileField } from "@/components/forms/file-field";
import { Textarea } from "@/components/ui/textarea";
import { DOCUMENT_TYPES, FILE_PURPOSES } from "@/lib/files/purposes";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadAnswerClaim = () => import("@/lib/coop/schema").then((module) => module.answerClaimSchema);

const PROOF_SLOTS = 2;

/** The answer to "ask for more": a note and more proof; from a stale page the server answers STALE_EDIT. */
export function AnswerForm({
  tenant,
  claim,
  action,
}: {
  tenant: string;
  claim: { id: string; version: number };
  action: ServerAction;
}) {
  const t = useTranslations("coopPortal.claim");
  const kit = useActionForm({
    action,
    schema: loadAnswerClaim,
    defaultValues: { note: "", proofFileIds: Array.from({ length: PROOF_SLOTS }, () => "") },
    hidden: { tenant, claimId: claim.id, version: String(claim.version) },
    issues: { "coop.validation": useTranslations("coop.validation") },
  });
  return (
    <Form kit={kit} className="space-y-4" aria-labelledby="answer-title">
      <h2 id="answer-title" className="text-base font-semibold text-slate-900">
        {t("answerTitle")}
      </h2>
      <FormAlert success={t("answered")} />
      <Field name="note" label={t("answerNote")} required>
        <Textarea rows={3} maxLength={1000} />
      </Field>
      {Array.from({ length: PROOF_SLOTS }, (_, i) => (
        <Field key={i} name={`proofFileIds.${i}`} label={t("proofSlot", { n: i + 1 })} optional>
          {(control) => (
            <FileField
              {...control}
              uploadUrl={`/${tenant}/portal/coop/documents`}
              purpose="coop.proof"
              accept={DOCUMENT_TYPES}
              maxBytes={FILE_PURPOSES["coop.proof"].maxBytes}
            />
          )}
        </Field>
      ))}
      <FormSubmit pendingText={t("working")}>{t("answerSubmit")}</FormSubmit>
    </Form>
  );
}
