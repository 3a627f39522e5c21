import { feedResponse } from "@/components/notifications/feed.server";
import { vendorRoute } from "@/lib/auth/wrappers";

/** The bell's polling endpoint in the back office: unread count and the latest notifications. */
export const GET = vendorRoute("notifications.read", async (_req, { ctx }) => feedResponse(ctx));
