import { getTranslations } from "next-intl/server";
import {
  vendorConfirmPhoneVerificationAction,
  vendorStartPhoneVerificationAction,
  vendorUpdatePreferencesAction,
  vendorUpdateQuietHoursAction,
} from "@/app/actions/notifications";
import { PreferencesView } from "@/components/notifications/preferences-view";
import { timeZoneOptions } from "@/components/forms/options";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { getNotificationSettings } from "@/lib/notify/service";

export const generateMetadata = vendorMetadata("notifications.configure", async () => {
  const t = await getTranslations("notifications.preferences");
  return { title: t("title") };
});

export default vendorPage("notifications.configure", async ({ ctx }) => {
  const settings = await getNotificationSettings(ctx);
  return (
    <PreferencesView
      tenant={ctx.tenant.slug}
      settings={settings}
      profileHref={`/${ctx.tenant.slug}/admin/profile`}
      timeZones={timeZoneOptions(settings.timeZone)}
      actions={{
        preferences: vendorUpdatePreferencesAction,
        quietHours: vendorUpdateQuietHoursAction,
        sendCode: vendorStartPhoneVerificationAction,
        confirmCode: vendorConfirmPhoneVerificationAction,
      }}
    />
  );
});
