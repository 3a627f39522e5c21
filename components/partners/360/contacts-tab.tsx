import { getTranslations } from "next-intl/server";
import { ContactsCard } from "@/components/partners/contacts-card";
import { can } from "@/lib/auth/context";
import type { ServerAction } from "@/lib/http/action-state";
import { listPartnerContacts } from "@/lib/partners/contacts";
import type { PartnerTabProps } from "./types";
import { ClientMessages } from "@/components/i18n/client-messages";

/** Contacts: the people the vendor deals with at the partner (portal users or not). */
export async function ContactsTab({
  ctx,
  partner,
  actions,
}: PartnerTabProps & { actions: { create: ServerAction; update: ServerAction; remove: ServerAction } }) {
  const [contacts, t] = await Promise.all([
    listPartnerContacts(ctx, partner.id),
    getTranslations("partnerProfile.contacts"),
  ]);
  const canEdit = can(ctx, "partners.manage") && partner.status !== "OFFBOARDED";
  return (
    <ClientMessages namespaces={["partnerProfile.contacts", "partnerProfile.validation", "admin.confirm"]}>
      <ContactsCard
        tenant={ctx.tenant.slug}
        partnerId={partner.id}
        contacts={contacts}
        description={t("vendorDescription", { partner: partner.name })}
        {...(canEdit ? { edit: actions } : {})}
      />
    </ClientMessages>
  );
}
