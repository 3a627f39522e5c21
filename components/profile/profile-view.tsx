import { useTranslations } from "next-intl";
import { ProfileTabs } from "@/components/notifications/profile-tabs";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ComboboxOption } from "@/components/ui/combobox";
import { PageHeader } from "@/components/ui/page-header";
import type { SessionUser } from "@/lib/auth/context";
import type { ServerAction } from "@/lib/http/action-state";
import { splitPhone } from "@/lib/phone";
import { PasswordForm } from "./password-form";
import { ProfileForm, type ProfileFormProps } from "./profile-form";
import { SignOutEverywhere } from "./sign-out-everywhere";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export type ProfileViewProps = {
  user: SessionUser;
  phoneCountries: ComboboxOption[];
  defaultPhoneCountry: string;
  actions: { updateProfile: ProfileFormProps["action"]; changePassword: ServerAction; signOutEverywhere: ServerAction };
};

/** The profile page, identical in the back office and the partner portal. */
export function ProfileView({ user, phoneCountries, defaultPhoneCountry, actions }: ProfileViewProps) {
  const t = useTranslations("profile");
  const phone = splitPhone(user.phone);
  return (
    <ClientMessages
      namespaces={[
        ...FORM_MESSAGES,
        "admin.confirm",
        "forms",
        "notifications.profileTabs",
        "profile.details",
        "profile.password",
        "profile.sessions",
      ]}
    >
      <PageHeader title={t("title")} description={t("description")} />
      <ProfileTabs />
      <div className="grid max-w-3xl gap-6">
        <Card>
          <CardHeader>
            <CardTitle>{t("details.title")}</CardTitle>
            <CardDescription>{t("details.description")}</CardDescription>
          </CardHeader>
          <ProfileForm
            action={actions.updateProfile}
            user={{ name: user.name, email: user.email, locale: user.locale, phone: phone.national, phoneCountry: phone.country }}
            phoneCountries={phoneCountries}
            defaultPhoneCountry={defaultPhoneCountry}
          />
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("password.title")}</CardTitle>
            <CardDescription>{t("password.description")}</CardDescription>
          </CardHeader>
          <PasswordForm action={actions.changePassword} />
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("sessions.title")}</CardTitle>
            <CardDescription>{t("sessions.description")}</CardDescription>
          </CardHeader>
          <CardContent>
            <SignOutEverywhere action={actions.signOutEverywhere} />
          </CardContent>
        </Card>
      </div>
    </ClientMessages>
  );
}
