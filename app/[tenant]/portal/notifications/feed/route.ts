import { feedResponse } from "@/components/notifications/feed.server";
import { partnerRoute } from "@/lib/auth/wrappers";

/** The bell's polling endpoint in the partner portal: unread count and the latest notifications. */
export const GET = partnerRoute("notifications.read", async (_req, { ctx }) => feedResponse(ctx));
