import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { loggerFor } from "@/lib/log";
import { unreadNotificationCount } from "@/lib/notify/service";
import { NotificationBell, type NotificationBellProps } from "./bell";

/**
 * The bell's first badge; a failure here must not take the whole shell down. Layouts start
 * it before they await anything, so it runs in the same read transaction as the page's
 * own reads (lib/db/read.ts), and hand the promise to `ShellBell`.
 */
export async function unreadCount(ctx: VendorCtx | PartnerCtx): Promise<number> {
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
  unread,
  actions,
}: {
  ctx: VendorCtx | PartnerCtx;
  /** `unreadCount(ctx)`, started by the layout */
  unread: Promise<number>;
  /** This area's flavour of the notification actions (app/actions/notifications.ts). */
  actions: NotificationBellProps["actions"];
}) {
  const base = `/${ctx.tenant.slug}/${ctx.audience === "vendor" ? "admin" : "portal"}`;
  return (
    <NotificationBell
      tenant={ctx.tenant.slug}
      feedUrl={`${base}/notifications/feed`}
      centerHref={`${base}/notifications`}
      initialUnread={await unread}
      actions={actions}
    />
  );
}
