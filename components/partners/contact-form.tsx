"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import type { ContactDialogProps } from "./contact-dialog";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadContact = () => import("@/lib/partners/profile-schema").then((module) => module.contactSchema);
const loadCreateContact = () => import("@/lib/partners/profile-schema").then((module) => module.createContactSchema);
const loadUpdateContact = () => import("@/lib/partners/profile-schema").then((module) => module.updateContactSchema);

/** The form inside ContactDialog, loaded when the dialog first opens. */
export function ContactForm({
  tenant,
  action,
  partnerId,
  contact,
  onDone,
}: ContactDialogProps & { onDone?: () => void }) {
  const t = useTranslations("partnerProfile.contacts");
  const issues = useTranslations("partnerProfile.validation");
  const router = useRouter();
  const kit = useActionForm({
    action,
    issues: { "partnerProfile.validation": issues },
    schema: contact ? loadUpdateContact : partnerId ? loadCreateContact : loadContact,
    defaultValues: {
      name: contact?.name ?? "",
      role: contact?.role ?? "",
      email: contact?.email ?? "",
      phone: contact?.phone ?? "",
      primary: contact?.primary ?? false,
    },
    hidden: {
      tenant,
      ...(contact ? { contactId: contact.id, version: String(contact.version) } : partnerId ? { partnerId } : {}),
    },
    onSuccess: () => {
      onDone?.();
      router.refresh();
    },
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <Field name="name" label={t("fields.name")} required>
        <Input maxLength={120} autoComplete="off" />
      </Field>
      <Field name="role" label={t("fields.role")} optional>
        <Input maxLength={120} autoComplete="off" />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="email" label={t("fields.email")} optional>
          <Input type="email" maxLength={254} autoComplete="off" />
        </Field>
        <Field name="phone" label={t("fields.phone")} optional>
          <Input type="tel" maxLength={40} autoComplete="off" />
        </Field>
      </div>
      <Field name="primary" label={t("fields.primary")} hint={t("primaryHint")}>
        <input type="checkbox" className="size-4 accent-brand-700" />
      </Field>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">{t("cancel")}</Button>
        </DialogClose>
        <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
      </DialogFooter>
    </Form>
  );
}
