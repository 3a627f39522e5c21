import { getTranslations } from "next-intl/server";
import { partnerMarkAllNotificationsReadAction, partnerMarkNotificationReadAction } from "@/app/actions/notifications";
import { NotificationCenter } from "@/components/notifications/notification-center";
import { parsePage } from "@/components/ui/pagination";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { listNotifications } from "@/lib/notify/service";

export const generateMetadata = partnerMetadata("notifications.read", async () => {
  const t = await getTranslations("notifications.center");
  return { title: t("title") };
});

export default partnerPage("notifications.read", async ({ ctx, searchParams }) => {
  const result = await listNotifications(ctx, { page: parsePage(searchParams) });
  return (
    <NotificationCenter
      tenant={ctx.tenant}
      basePath={`/${ctx.tenant.slug}/portal`}
      result={result}
      actions={{ markRead: partnerMarkNotificationReadAction, markAllRead: partnerMarkAllNotificationsReadAction }}
    />
  );
});
