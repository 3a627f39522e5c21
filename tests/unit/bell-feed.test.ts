/**
 * The bell's feed (components/notifications/bell-feed.ts) against a real HTTP server: the
 * badge's plain-fetch poll keeps only the newest answer, and once the menu's QueryClient is
 * attached its cache is the one copy — the badge follows it, a poll becomes a refetch of
 * that query, and no poll starts while a mark is being saved.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MutationObserver, QueryClient, QueryObserver } from "@tanstack/react-query";
import { BellFeed, MARK_READ_KEY } from "@/components/notifications/bell-feed";
import { feedKey, fetchFeed, type Feed } from "@/components/notifications/feed";

/** Answers `/feed?unread=N&delay=ms` with a feed of N unread after `delay` ms; counts requests. */
let server: http.Server;
let base = "";
let requests = 0;
beforeAll(async () => {
  server = http.createServer((request, response) => {
    requests += 1;
    const url = new URL(request.url ?? "/", "http://localhost");
    const feed: Feed = { unread: Number(url.searchParams.get("unread") ?? 0), items: [] };
    setTimeout(() => {
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify(feed));
    }, Number(url.searchParams.get("delay") ?? 0));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function watch(feed: BellFeed) {
  const seen: (number | undefined)[] = [];
  feed.subscribe(() => seen.push(feed.getSnapshot()?.unread));
  return seen;
}

describe("BellFeed before the menu loads", () => {
  it("starts without a feed (the server's count stands) and keeps a poll's answer", async () => {
    const feed = new BellFeed(`${base}/feed?unread=3`);
    const seen = watch(feed);
    expect(feed.getSnapshot()).toBeUndefined();
    feed.refresh();
    await expect.poll(() => feed.getSnapshot()?.unread).toBe(3);
    expect(seen).toEqual([3]);
  });

  it("a newer ask aborts the one in flight: an older answer never lands", async () => {
    const feed = new BellFeed(`${base}/feed?unread=5&delay=150`);
    const seen = watch(feed);
    feed.refresh();
    await sleep(30);
    feed.refresh();
    await expect.poll(() => feed.getSnapshot()?.unread).toBe(5);
    await sleep(200);
    expect(seen).toEqual([5]);
  });
});

describe("BellFeed with the menu's QueryClient attached", () => {
  function menu(url: string) {
    const client = new QueryClient({ defaultOptions: { queries: { retry: 0 } } });
    const bell = new BellFeed(url);
    // The menu's query (bell-menu.tsx), observed as the mounted menu observes it.
    const observer = new QueryObserver(client, {
      queryKey: feedKey(url),
      queryFn: ({ signal }) => fetchFeed(url, signal),
      initialData: bell.getSnapshot,
      staleTime: 10_000,
    });
    const stop = observer.subscribe(() => undefined);
    const detach = bell.attach(client);
    return { client, bell, done: () => (detach(), stop(), client.clear()) };
  }

  it("the badge follows the cache: an optimistic mark shows at once", async () => {
    const url = `${base}/feed?unread=4`;
    const { client, bell, done } = menu(url);
    await expect.poll(() => bell.getSnapshot()?.unread).toBe(4);
    client.setQueryData<Feed>(feedKey(url), { unread: 3, items: [] });
    await expect.poll(() => bell.getSnapshot()?.unread).toBe(3);
    done();
  });

  it("a poll refetches the menu's query, and none starts while a mark is being saved", async () => {
    const url = `${base}/feed?unread=2`;
    const { client, bell, done } = menu(url);
    await expect.poll(() => bell.getSnapshot()?.unread).toBe(2);

    const before = requests;
    bell.refresh();
    await expect.poll(() => requests).toBe(before + 1);

    let finish: () => void = () => undefined;
    const mark = new MutationObserver(client, {
      mutationKey: MARK_READ_KEY,
      mutationFn: () => new Promise<void>((resolve) => (finish = resolve)),
    });
    const saving = mark.mutate();
    await expect.poll(() => client.isMutating({ mutationKey: MARK_READ_KEY })).toBe(1);
    bell.refresh();
    await sleep(100);
    expect(requests).toBe(before + 1);
    finish();
    await saving;
    done();
  });
});
