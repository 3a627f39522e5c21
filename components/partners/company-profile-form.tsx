"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import type { CompanyProfileDialogProps } from "./company-profile-dialog";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadPartnerProfileFields = () => import("@/lib/partners/profile-schema").then((module) => module.partnerProfileFields);
const loadUpdatePartnerProfile = () => import("@/lib/partners/profile-schema").then((module) => module.updatePartnerProfileSchema);

/** The company's details: [field, max length, autocomplete]. */
const FIELDS = [
  ["legalName", 200, "organization"],
  ["taxId", 40, "off"],
  ["website", 200, "url"],
  ["phone", 40, "tel"],
  ["industry", 80, "off"],
  ["addressLine1", 200, "address-line1"],
  ["addressLine2", 200, "address-line2"],
  ["city", 100, "address-level2"],
  ["region", 100, "address-level1"],
  ["postalCode", 20, "postal-code"],
] as const;

/** The form inside CompanyProfileDialog, loaded when the dialog first opens. */
export function CompanyProfileForm({
  tenant,
  partnerId,
  profile,
  action,
  onDone,
}: CompanyProfileDialogProps & { onDone?: () => void }) {
  const t = useTranslations("partnerProfile.profile");
  const issues = useTranslations("partnerProfile.validation");
  const router = useRouter();
  const kit = useActionForm({
    action,
    issues: { "partnerProfile.validation": issues },
    schema: partnerId ? loadUpdatePartnerProfile : loadPartnerProfileFields,
    defaultValues: Object.fromEntries(FIELDS.map(([name]) => [name, profile[name] ?? ""])),
    hidden: { tenant, version: String(profile.version), ...(partnerId ? { partnerId } : {}) },
    onSuccess: () => {
      onDone?.();
      router.refresh();
    },
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map(([name, max, autoComplete]) => (
          <Field key={name} name={name} label={t(`fields.${name}`)} optional>
            <Input maxLength={max} autoComplete={autoComplete} inputMode={name === "phone" ? "tel" : undefined} />
          </Field>
        ))}
      </div>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">{t("cancel")}</Button>
        </DialogClose>
        <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
      </DialogFooter>
    </Form>
  );
}
