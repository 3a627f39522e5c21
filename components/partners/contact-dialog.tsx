"use client";

import dynamic from "next/dynamic";
import { Pencil, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { DialogShell } from "@/components/forms/dialog-shell";
import { Button } from "@/components/ui/button";
import { DialogLoading } from "@/components/ui/dialog-loading";
import type { ServerAction } from "@/lib/http/action-state";
import type { PartnerContactItem } from "@/lib/partners/profile-types";

const ContactForm = dynamic(() => import("./contact-form").then((module) => module.ContactForm), {
  loading: () => <DialogLoading />,
});

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
  const editing = props.contact;
  return (
    <DialogShell
      trigger={
        editing ? (
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
        )
      }
      title={editing ? t("editTitle", { name: editing.name }) : t("addTitle")}
      description={t("formDescription")}
    >
      <ContactForm {...props} />
    </DialogShell>
  );
}
