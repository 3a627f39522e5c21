import "server-only";
import { NextResponse } from "next/server";
import type { TenantCtx } from "@/lib/auth/context";
import { listNotifications } from "@/lib/notify/service";
import { FEED_SIZE, type Feed } from "./feed";

/** The JSON both feed routes (back office and portal) answer with; never cached. */
export async function feedResponse(ctx: TenantCtx): Promise<Response> {
  const result = await listNotifications(ctx, { page: 1 });
  const feed: Feed = {
    unread: result.unread,
    items: result.rows.slice(0, FEED_SIZE).map((row) => ({
      id: row.id,
      type: row.type,
      params: row.params,
      link: row.link,
      read: row.readAt !== null,
      createdAt: row.createdAt.toISOString(),
    })),
  };
  return NextResponse.json(feed, { headers: { "Cache-Control": "private, no-store" } });
}
