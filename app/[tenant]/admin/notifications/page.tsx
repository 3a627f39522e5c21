import { getTranslations } from "next-intl/server";
import { vendorMarkAllNotificationsReadAction, vendorMarkNotificationReadAction } from "@/app/actions/notifications";
import { NotificationCenter } from "@/components/notifications/notification-center";
import { parsePage } from "@/components/ui/pagination";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { listNotifications } from "@/lib/notify/service";

export const generateMetadata = vendorMetadata("notifications.read", async () => {
  const t = await getTranslations("notifications.center");
  return { title: t("title") };
});

export default vendorPage("notifications.read", async ({ ctx, searchParams }) => {
  const result = await listNotifications(ctx, { page: parsePage(searchParams) });
  return (
    <NotificationCenter
      tenant={ctx.tenant}
      basePath={`/${ctx.tenant.slug}/admin`}
      result={result}
      actions={{ markRead: vendorMarkNotificationReadAction, markAllRead: vendorMarkAllNotificationsReadAction }}
    />
  );
});
