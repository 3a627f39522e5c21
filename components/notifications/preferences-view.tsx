import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { ComboboxOption } from "@/components/ui/combobox";
import type { NotificationSettings } from "@/lib/notify/schema";
import { formatPhone } from "@/lib/phone";
import { PhoneVerification } from "./phone-verification";
import { PreferencesForm } from "./preferences-form";
import { ProfileTabs } from "./profile-tabs";
import { QuietHoursForm } from "./quiet-hours-form";
import type { PreferenceActions } from "./types";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export type PreferencesViewProps = {
  tenant: string;
  settings: NotificationSettings;
  /** The profile page of this area, where the phone number is edited. */
  profileHref: string;
  timeZones: ComboboxOption[];
  actions: PreferenceActions;
};

/** Notification settings under the profile, identical in the back office and the portal. */
export function PreferencesView({ tenant, settings, profileHref, timeZones, actions }: PreferencesViewProps) {
  const t = useTranslations("notifications.preferences");
  return (
    <ClientMessages
      namespaces={[
        ...FORM_MESSAGES,
        "forms.country",
        "forms.timeZone",
        "notifications.events",
        "notifications.preferences",
        "notifications.profileTabs",
      ]}
    >
      <PageHeader title={t("title")} description={t("description")} />
      <ProfileTabs />
      <div className="grid max-w-3xl grid-cols-1 gap-6">
        <Alert tone="info" role="note" title={t("always.title")}>
          {t("always.body")}
        </Alert>
        <Card>
          <CardHeader>
            <CardTitle>{t("events.title")}</CardTitle>
            <CardDescription>
              {t(settings.events.length ? "events.description" : "events.noneDescription")}
            </CardDescription>
          </CardHeader>
          {/* Only the events that can reach this person here are offered (lib/notify/audience.ts). */}
          {settings.events.length === 0 ? (
            <CardContent>
              <p className="text-sm text-slate-700">{t("events.none")}</p>
            </CardContent>
          ) : (
            <PreferencesForm
              // Verifying the phone can switch SMS on: the grid starts again from what was saved.
              key={`${settings.phoneVerified}:${settings.events.map((e) => `${+e.email}${+e.sms}${+e.inApp}`).join("")}`}
              tenant={tenant}
              events={settings.events}
              smsAvailable={settings.phoneVerified}
              action={actions.preferences}
            />
          )}
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("phone.title")}</CardTitle>
            <CardDescription>{t("phone.description")}</CardDescription>
          </CardHeader>
          <CardContent>
            <PhoneVerification
              tenant={tenant}
              phone={settings.phone ? formatPhone(settings.phone) : null}
              verified={settings.phoneVerified}
              profileHref={profileHref}
              actions={{ sendCode: actions.sendCode, confirmCode: actions.confirmCode }}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("quietHours.title")}</CardTitle>
            <CardDescription>{t("quietHours.description")}</CardDescription>
          </CardHeader>
          <QuietHoursForm
            tenant={tenant}
            start={settings.quietHoursStart}
            end={settings.quietHoursEnd}
            timeZone={settings.timeZone}
            timeZones={timeZones}
            action={actions.quietHours}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
