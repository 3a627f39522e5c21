"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ConfirmAction } from "@/components/backoffice/confirm-action";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { BreakText } from "@/components/ui/break-text";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import type { AccountContactItem } from "@/lib/accounts/types";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadContact = () => import("@/lib/accounts/schema").then((module) => module.contactSchema);

export type ContactsCardProps = {
  tenant: string;
  accountId: string;
  contacts: AccountContactItem[];
  /** Absent for readers who may not change the account. */
  actions?: { add: ServerAction; remove: ServerAction };
};

/** The people at an account, with "add" and "remove" for those who may edit it. */
export function ContactsCard({ tenant, accountId, contacts, actions }: ContactsCardProps) {
  const t = useTranslations("accounts.contacts");
  return (
    <Card className="min-w-0">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-6">
        {contacts.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {contacts.map((contact) => (
              <li key={contact.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                <div className="min-w-0 text-sm">
                  <p className="font-medium text-slate-900">{contact.name}</p>
                  {contact.title && <p className="text-slate-600">{contact.title}</p>}
                  {contact.email && (
                    <p>
                      <BreakText value={contact.email} />
                    </p>
                  )}
                  {contact.phone && <p className="text-slate-700">{contact.phone}</p>}
                </div>
                {actions && (
                  <ConfirmAction
                    action={actions.remove}
                    fields={{ tenant, contactId: contact.id }}
                    triggerLabel={t("remove")}
                    triggerContext={contact.name}
                    title={t("removeTitle")}
                    description={t("removeBody", { name: contact.name })}
                    confirmLabel={t("remove")}
                    pendingLabel={t("removing")}
                    tone="danger"
                  />
                )}
              </li>
            ))}
          </ul>
        )}
        {actions && <AddContact tenant={tenant} accountId={accountId} action={actions.add} />}
      </CardContent>
    </Card>
  );
}

function AddContact({ tenant, accountId, action }: { tenant: string; accountId: string; action: ServerAction }) {
  const t = useTranslations("accounts.contacts");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadContact,
    defaultValues: { name: "", email: "", phone: "", title: "" },
    hidden: { tenant, accountId },
    onSuccess: () => {
      kit.form.reset();
      router.refresh();
    },
  });
  return (
    <Form kit={kit} className="space-y-4 border-t border-slate-200 pt-4">
      <h3 className="text-sm font-semibold text-slate-900">{t("add")}</h3>
      <FormAlert success={t("added")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="name" label={t("name")} required>
          <Input autoComplete="name" maxLength={120} />
        </Field>
        <Field name="title" label={t("jobTitle")} optional>
          <Input maxLength={80} />
        </Field>
        <Field name="email" label={t("email")} optional>
          <Input type="email" autoComplete="email" maxLength={254} />
        </Field>
        <Field name="phone" label={t("phone")} optional>
          <Input type="tel" autoComplete="tel" maxLength={40} />
        </Field>
      </div>
      <FormSubmit pendingText={t("adding")}>{t("addSubmit")}</FormSubmit>
    </Form>
  );
}
