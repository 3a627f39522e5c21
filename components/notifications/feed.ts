/**
 * The bell's data: what the feed routes return and how the client asks for it, plus the
 * few constants server and client parts share. Kept free of server imports and of
 * "use client" (a server component importing from a client module gets references, not values).
 */

export type FeedItem = {
  id: string;
  /** Title and body in the reader's language, written by the server (the browser gets no catalog for them). */
  title: string;
  body: string;
  link: string;
  read: boolean;
  /** ISO 8601 */
  createdAt: string;
};

export type Feed = { unread: number; items: FeedItem[] };

/** How many notifications the bell shows; the center page has the rest. */
export const FEED_SIZE = 8;

/** Every notification query starts with this, so one invalidation refreshes them all. */
export const NOTIFICATIONS_KEY = ["notifications"] as const;
export const feedKey = (feedUrl: string) => [...NOTIFICATIONS_KEY, "feed", feedUrl] as const;

export async function fetchFeed(feedUrl: string, signal?: AbortSignal): Promise<Feed> {
  const response = await fetch(feedUrl, { headers: { accept: "application/json" }, cache: "no-store", signal });
  // A lapsed session is redirected to the login page (HTML): treat it like any other failure.
  if (!response.ok || !response.headers.get("content-type")?.includes("application/json")) {
    throw new Error(`feed ${response.status}`);
  }
  return (await response.json()) as Feed;
}

/** The heading of the center's list, where focus goes when a row's "Mark read" button disappears. */
export const LIST_HEADING_ID = "notifications-list";
