"use client";

import { useState } from "react";
import { Pencil, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import type { ServerAction } from "@/lib/http/action-state";
import { contactSchema, createContactSchema, updateContactSchema } from "@/lib/partners/profile-schema";
import type { PartnerContactItem } from "@/lib/partners/profile-types";

export type ContactDialogProps = {
  tenant: string;
  action: ServerAction;
  /** Adding: the vendor names the partner (absent in the portal). Editing: the contact. */
  partnerId?: string;
  contact?: PartnerContactItem;
};

/** "Add contact" / "Edit" (a contact's row): name, role, e-mail, phone, primary. */
export function ContactDialog(props: ContactDialogProps) {
  const t = useTranslations("partnerProfile.contacts");
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  const editing = props.contact;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setRound((value) => value + 1);
      }}
    >
      <DialogTrigger asChild>
        {editing ? (
          <Button variant="ghost" size="sm">
            <Pencil aria-hidden="true" />
            {t("edit")}
            <span className="sr-only"> ({editing.name})</span>
          </Button>
        ) : (
          <Button variant="secondary" size="sm">
            <Plus aria-hidden="true" />
            {t("add")}
          </Button>
        )}
      </DialogTrigger>
      <DialogContent title={editing ? t("editTitle", { name: editing.name }) : t("addTitle")} description={t("formDescription")}>
        <ContactForm key={round} {...props} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

function ContactForm({ tenant, action, partnerId, contact, onDone }: ContactDialogProps & { onDone: () => void }) {
  const t = useTranslations("partnerProfile.contacts");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: contact ? updateContactSchema : partnerId ? createContactSchema : contactSchema,
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
      onDone();
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
