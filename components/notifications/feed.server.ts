import "server-only";
import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import type { TenantCtx } from "@/lib/auth/context";
import { listNotifications } from "@/lib/notify/service";
import { notificationText } from "@/lib/notify/texts";
import { FEED_SIZE, type Feed } from "./feed";

/** The JSON both feed routes (back office and portal) answer with; never cached. */
export async function feedResponse(ctx: TenantCtx): Promise<Response> {
  const [result, t, enums] = await Promise.all([
    listNotifications(ctx, { page: 1 }),
    getTranslations("notifications"),
    getTranslations("enums"),
  ]);
  const feed: Feed = {
    unread: result.unread,
    items: result.rows.slice(0, FEED_SIZE).map((row) => ({
      id: row.id,
      ...notificationText(t, enums, row.type, row.params),
      link: row.link,
      read: row.readAt !== null,
      createdAt: row.createdAt.toISOString(),
    })),
  };
  return NextResponse.json(feed, { headers: { "Cache-Control": "private, no-store" } });
}
