import { getTranslations } from "next-intl/server";
import { CompanyProfileCard } from "@/components/partners/company-profile-card";
import { ContactsCard } from "@/components/partners/contacts-card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { listOwnContacts } from "@/lib/partners/contacts";
import { getOwnPartnerProfile } from "@/lib/partners/profile";
import {
  createOwnContactAction,
  deleteOwnContactAction,
  updateOwnContactAction,
  updateOwnProfileAction,
} from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export const generateMetadata = partnerMetadata("ownPartner.read", async () => {
  const t = await getTranslations("partnerProfile.portal");
  return { title: t("title") };
});

/** The partner's own company: its details and contacts, kept up to date by its admins. */
export default partnerPage("ownPartner.read", async ({ ctx }) => {
  const [profile, contacts, t, tc, tp] = await Promise.all([
    getOwnPartnerProfile(ctx),
    listOwnContacts(ctx),
    getTranslations("partnerProfile.portal"),
    getTranslations("partnerProfile.contacts"),
    getTranslations("partnerProfile.profile"),
  ]);
  const vendor = ctx.tenant.name;
  const canEdit = can(ctx, "ownPartner.manage");
  return (
    <ClientMessages
      namespaces={[
        ...FORM_MESSAGES,
        "partnerProfile.profile",
        "partnerProfile.contacts",
        "partnerProfile.validation",
        "admin.confirm",
      ]}
    >
      <PageHeader
        title={t("title")}
        description={canEdit ? t("description", { vendor }) : t("descriptionReadOnly", { vendor })}
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <CompanyProfileCard
          tenant={ctx.tenant.slug}
          profile={profile}
          description={tp("portalDescription", { vendor })}
          {...(canEdit ? { edit: updateOwnProfileAction } : {})}
        />
        <ContactsCard
          tenant={ctx.tenant.slug}
          contacts={contacts}
          description={tc("portalDescription", { vendor })}
          {...(canEdit
            ? {
                edit: {
                  create: createOwnContactAction,
                  update: updateOwnContactAction,
                  remove: deleteOwnContactAction,
                },
              }
            : {})}
        />
      </div>
    </ClientMessages>
  );
});
