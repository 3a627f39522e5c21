import { getTranslations } from "next-intl/server";
import {
  partnerConfirmPhoneVerificationAction,
  partnerStartPhoneVerificationAction,
  partnerUpdatePreferencesAction,
  partnerUpdateQuietHoursAction,
} from "@/app/actions/notifications";
import { PreferencesView } from "@/components/notifications/preferences-view";
import { timeZoneOptions } from "@/components/forms/options";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { getNotificationSettings } from "@/lib/notify/service";

export const generateMetadata = partnerMetadata("notifications.configure", async () => {
  const t = await getTranslations("notifications.preferences");
  return { title: t("title") };
});

export default partnerPage("notifications.configure", async ({ ctx }) => {
  const settings = await getNotificationSettings(ctx);
  return (
    <PreferencesView
      tenant={ctx.tenant.slug}
      settings={settings}
      profileHref={`/${ctx.tenant.slug}/portal/profile`}
      timeZones={timeZoneOptions(settings.timeZone)}
      actions={{
        preferences: partnerUpdatePreferencesAction,
        quietHours: partnerUpdateQuietHoursAction,
        sendCode: partnerStartPhoneVerificationAction,
        confirmCode: partnerConfirmPhoneVerificationAction,
      }}
    />
  );
});
