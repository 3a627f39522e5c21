"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { FileField } from "@/components/forms/file-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";
import { FILE_PURPOSES, RASTER_IMAGE_TYPES } from "@/lib/files/purposes";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadFileClaim = () => import("@/lib/warranties/schema").then((module) => module.fileClaimSchema);

const PHOTO_SLOTS = 3;

/**
 * Files a claim on one of the partner's units: failure code, what happened, up to three photos
 * uploaded at once to the warranties photo route (every ownWarranties.manage holder may). The
 * server checks coverage, registration and the one open claim per unit, and opens the claim.
 */
export function ClaimForm({ tenant, unitId, action }: { tenant: string; unitId: string; action: ServerAction }) {
  const t = useTranslations("warranties.claimForm");
  const kit = useActionForm({
    action,
    schema: loadFileClaim,
    defaultValues: { failureCode: "", description: "", photoFileIds: Array.from({ length: PHOTO_SLOTS }, () => "") },
    hidden: { tenant, unitId },
    issues: { "warranties.validation": useTranslations("warranties.validation") },
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <Field name="failureCode" label={t("failureCode")} hint={t("failureCodeHint")} required>
        <Input maxLength={40} autoComplete="off" />
      </Field>
      <Field name="description" label={t("description")} required>
        <Textarea rows={4} maxLength={4000} />
      </Field>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-900">{t("photos")}</legend>
        {Array.from({ length: PHOTO_SLOTS }, (_, i) => (
          <Field key={i} name={`photoFileIds.${i}`} label={t("photo", { n: i + 1 })} optional>
            {(control) => (
              <FileField {...control} uploadUrl={`/${tenant}/portal/warranties/photos`} purpose="warranty.photo" accept={RASTER_IMAGE_TYPES} maxBytes={FILE_PURPOSES["warranty.photo"].maxBytes} imagePreview />
            )}
          </Field>
        ))}
      </fieldset>
      <FormSubmit pendingText={t("working")}>{t("submit")}</FormSubmit>
    </Form>
  );
}
