"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import type { QueryClient } from "@tanstack/react-query";
import { NOTIFICATIONS_KEY, feedKey, fetchFeed, type Feed } from "./feed";

/** How often the badge asks again while the page is visible. */
export const POLL_MS = 30_000;
/** Coming back to the tab asks again if the count is older than this. */
const STALE_MS = 10_000;

/** Notifications changed outside the bell (the center page's buttons): the bell asks at once. */
const REFRESH_EVENT = "canal:notifications-changed";
export function refreshBells() {
  window.dispatchEvent(new Event(REFRESH_EVENT));
}

/** The bell menu's mutations carry this key, so a poll can tell one is under way. */
export const MARK_READ_KEY = [...NOTIFICATIONS_KEY, "mark-read"] as const;

/**
 * The bell's feed (unread count and latest items) with one copy at a time. Until the menu
 * is first opened it is this object's own, from a plain `fetch` poll: TanStack Query (~32 KB
 * gzip) would otherwise load with every signed-in page only for a number. When the menu
 * loads (with TanStack Query) it `attach`es its QueryClient: its query starts from the last
 * poll (`initialData`), its cache becomes the copy — the menu's marks (optimistic, then
 * refetched) reach the badge through it — and a poll becomes an invalidation of that query.
 * Stale answers never land: a new fetch aborts the one in flight, and no poll starts while
 * a mark is being saved (the mark cancels the one in flight and refetches when done).
 */
export class BellFeed {
  private feed: Feed | undefined = undefined;
  private updatedAt = Date.now();
  private readonly listeners = new Set<() => void>();
  private inFlight: AbortController | null = null;
  private client: QueryClient | null = null;

  constructor(readonly url: string) {}

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  /** The last feed fetched (undefined before the first: the server's count stands). */
  readonly getSnapshot = () => this.feed;
  /** When the snapshot was fetched (ms since the epoch; the page's load before the first). */
  get fetchedAt() {
    return this.updatedAt;
  }

  private set(feed: Feed, updatedAt: number) {
    if (feed === this.feed) return;
    this.feed = feed;
    this.updatedAt = updatedAt;
    for (const listener of this.listeners) listener();
  }

  /** Ask the server now (the poll, the tab coming back, a change made elsewhere). */
  readonly refresh = () => {
    const client = this.client;
    if (client) {
      if (client.isMutating({ mutationKey: MARK_READ_KEY }) === 0) {
        void client.invalidateQueries({ queryKey: feedKey(this.url), exact: true });
      }
      return;
    }
    this.inFlight?.abort();
    const controller = new AbortController();
    this.inFlight = controller;
    fetchFeed(this.url, controller.signal).then(
      (feed) => {
        if (this.inFlight !== controller) return;
        this.inFlight = null;
        this.set(feed, Date.now());
      },
      // A failed poll keeps the last count; the next one tries again.
      () => {
        if (this.inFlight === controller) this.inFlight = null;
      },
    );
  };

  /** The menu has loaded: from now on `client`'s cache holds the feed. Returns the detach. */
  attach(client: QueryClient): () => void {
    this.inFlight?.abort();
    this.inFlight = null;
    this.client = client;
    const key = feedKey(this.url);
    const sync = () => {
      const state = client.getQueryState<Feed>(key);
      if (state?.data) this.set(state.data, state.dataUpdatedAt);
    };
    sync();
    const unsubscribe = client.getQueryCache().subscribe(sync);
    return () => {
      unsubscribe();
      if (this.client === client) this.client = null;
    };
  }
}

/**
 * The bell's feed for `url`, polled every POLL_MS while the page is visible (and asked
 * again when the tab comes back after STALE_MS), as TanStack Query's `refetchInterval` and
 * `refetchOnWindowFocus` did. The first answer comes from the server's render, not a fetch.
 */
export function useBellFeed(url: string) {
  const [store, setStore] = useState(() => new BellFeed(url));
  if (store.url !== url) setStore(new BellFeed(url));

  useEffect(() => {
    const visible = () => document.visibilityState === "visible";
    const timer = setInterval(() => visible() && store.refresh(), POLL_MS);
    const onVisibility = () => visible() && Date.now() - store.fetchedAt > STALE_MS && store.refresh();
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener(REFRESH_EVENT, store.refresh);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener(REFRESH_EVENT, store.refresh);
    };
  }, [store]);

  const feed = useSyncExternalStore(store.subscribe, store.getSnapshot, () => undefined);
  return { store, feed };
}
