import { useTranslations } from "next-intl";
import { Contact, Trash2 } from "lucide-react";
import { ConfirmAction } from "@/components/backoffice/confirm-action";
import { Badge } from "@/components/ui/badge";
import { BreakText } from "@/components/ui/break-text";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { ServerAction } from "@/lib/http/action-state";
import type { PartnerContactItem } from "@/lib/partners/profile-types";
import { ContactDialog } from "./contact-dialog";

export type ContactsCardProps = {
  tenant: string;
  contacts: PartnerContactItem[];
  /** The vendor's view names the partner for new contacts. */
  partnerId?: string;
  /** For those who may edit them (partners.manage, or the partner's admins). */
  edit?: { create: ServerAction; update: ServerAction; remove: ServerAction };
  description: string;
};

/** The people the vendor deals with at the partner, primary first. */
export function ContactsCard({ tenant, contacts, partnerId, edit, description }: ContactsCardProps) {
  const t = useTranslations("partnerProfile.contacts");
  return (
    <Card className="min-w-0">
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <CardTitle>{t("title")}</CardTitle>
          <CardDescription>{description}</CardDescription>
        </div>
        {edit && <ContactDialog tenant={tenant} action={edit.create} {...(partnerId ? { partnerId } : {})} />}
      </CardHeader>
      <CardContent>
        {contacts.length === 0 ? (
          <EmptyState
            headingLevel="h3"
            icon={<Contact />}
            title={t("empty")}
            description={edit ? t("emptyHint") : t("emptyReadOnly")}
          />
        ) : (
          <ul className="divide-y divide-slate-100">
            {contacts.map((contact) => (
              <li key={contact.id} className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0 space-y-0.5 text-sm">
                  <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                    <span className="[overflow-wrap:anywhere]">{contact.name}</span>
                    {contact.primary && <Badge tone="brand">{t("primary")}</Badge>}
                  </p>
                  {contact.role && <p className="text-slate-700">{contact.role}</p>}
                  {contact.email && (
                    <p>
                      <a href={`mailto:${contact.email}`} className="text-brand-700 underline-offset-4 hover:underline">
                        <BreakText value={contact.email} />
                      </a>
                    </p>
                  )}
                  {contact.phone && (
                    <p>
                      <a href={`tel:${contact.phone.replace(/[^+0-9]/g, "")}`} className="text-brand-700 underline-offset-4 hover:underline">
                        {contact.phone}
                      </a>
                    </p>
                  )}
                </div>
                {edit && (
                  <div className="flex shrink-0 flex-wrap gap-2">
                    <ContactDialog tenant={tenant} action={edit.update} contact={contact} />
                    <ConfirmAction
                      action={edit.remove}
                      fields={{ tenant, contactId: contact.id, version: String(contact.version) }}
                      triggerLabel={t("remove")}
                      triggerContext={contact.name}
                      triggerIcon={<Trash2 aria-hidden="true" />}
                      triggerVariant="ghost"
                      title={t("removeTitle", { name: contact.name })}
                      description={t("removeDescription")}
                      confirmLabel={t("remove")}
                      pendingLabel={t("removing")}
                      tone="danger"
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
