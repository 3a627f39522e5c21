import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { loggerFor } from "@/lib/log";
import { unreadNotificationCount } from "@/lib/notify/service";
import { NotificationBell, type NotificationBellProps } from "./bell";

/** The bell's first badge; a failure here must not take the whole shell down. */
async function unreadCount(ctx: VendorCtx | PartnerCtx): Promise<number> {
  try {
    return await unreadNotificationCount(ctx);
  } catch (error) {
    loggerFor(ctx).error({ err: error }, "unread notification count failed");
    return 0;
  }
}

/** The notification bell of the back office or the portal, with its server-side unread count. */
export async function ShellBell({
  ctx,
  actions,
}: {
  ctx: VendorCtx | PartnerCtx;
  /** This area's flavour of the notification actions (app/actions/notifications.ts). */
  actions: NotificationBellProps["actions"];
}) {
  const base = `/${ctx.tenant.slug}/${ctx.audience === "vendor" ? "admin" : "portal"}`;
  return (
    <NotificationBell
      tenant={ctx.tenant.slug}
      feedUrl={`${base}/notifications/feed`}
      centerHref={`${base}/notifications`}
      initialUnread={await unreadCount(ctx)}
      actions={actions}
    />
  );
}
