"use client";

import { useEffect } from "react";
import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { QueryProvider } from "@/components/query-provider";
import { useKeyboardEntry, type LoadedPopupProps } from "@/components/ui/deferred-popup";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { safeLink } from "@/lib/notify/texts";
import type { BellMenuExtraProps, NotificationBellProps } from "./bell";
import { MARK_READ_KEY } from "./bell-feed";
import { BellItems } from "./bell-items";
import { NOTIFICATIONS_KEY, feedKey, fetchFeed, type Feed, type FeedItem } from "./feed";
import { runAction } from "./run-action";

export type BellMenuProps = NotificationBellProps & BellMenuExtraProps & LoadedPopupProps;

/**
 * The bell's menu once first opened (./bell.tsx shows only the bell and its badge until
 * then), with TanStack Query: the shell's client if the palette created it, else a new one.
 */
export default function LoadedBellMenu(props: BellMenuProps) {
  return (
    <QueryProvider>
      <BellMenu {...props} />
    </QueryProvider>
  );
}

function BellMenu({ tenant, feedUrl, centerHref, actions, unread, feed: bellFeed, trigger, openedBy }: BellMenuProps) {
  const t = useTranslations("notifications.bell");
  const router = useRouter();
  const queryClient = useQueryClient();
  const content = useKeyboardEntry(openedBy);
  const key = feedKey(feedUrl);
  // Starts from the bell's last poll; from here on this query's cache entry is the feed's
  // one copy, which the bell shows and polls (./bell-feed.ts).
  const feed = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => fetchFeed(feedUrl, signal),
    initialData: bellFeed.getSnapshot,
    initialDataUpdatedAt: bellFeed.fetchedAt,
    // Opened for the first time: the latest list (the last poll's shows meanwhile).
    refetchOnMount: "always",
    staleTime: 10_000,
  });
  useEffect(() => bellFeed.attach(queryClient), [bellFeed, queryClient]);

  // Opened again: the latest list, unless a mark is being saved, whose own refetch follows
  // (an answer read before the mark is stored would be stale).
  function latest() {
    if (queryClient.isMutating({ mutationKey: MARK_READ_KEY }) === 0) void feed.refetch();
  }

  // Optimistic: the dot and the badge change at once; the refetch when done brings the truth.
  // A fetch in flight (a poll) is cancelled first: its answer predates the mark.
  async function patch(update: (feed: Feed) => Feed) {
    await queryClient.cancelQueries({ queryKey: key, exact: true });
    const previous = queryClient.getQueryData<Feed>(key);
    if (previous) queryClient.setQueryData<Feed>(key, update(previous));
    return { previous };
  }
  const settle = () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });

  const markRead = useMutation({
    mutationKey: MARK_READ_KEY,
    mutationFn: (id: string) => runAction(actions.markRead, { tenant, notificationId: id }),
    onMutate: (id: string) =>
      patch((current) => ({
        unread: Math.max(0, current.unread - 1),
        items: current.items.map((item) => (item.id === id ? { ...item, read: true } : item)),
      })),
    onError: (_error, _id, context) => context?.previous && queryClient.setQueryData(key, context.previous),
    onSettled: settle,
  });

  const markAll = useMutation({
    mutationKey: MARK_READ_KEY,
    mutationFn: () => runAction(actions.markAllRead, { tenant }),
    onMutate: () => patch((current) => ({ unread: 0, items: current.items.map((item) => ({ ...item, read: true })) })),
    onError: (_error, _vars, context) => context?.previous && queryClient.setQueryData(key, context.previous),
    onSettled: settle,
  });

  function open(item: FeedItem) {
    if (!item.read) markRead.mutate(item.id);
    router.push(safeLink(item.link, centerHref));
  }

  return (
    <DropdownMenu defaultOpen onOpenChange={(next) => next && latest()}>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
      <DropdownMenuContent ref={content} className="w-[min(24rem,calc(100vw-1rem))] p-0">
        <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-3 py-1.5">
          <DropdownMenuLabel className="px-0 text-sm text-slate-900">
            {t("heading")}
            <span className="ml-2 font-normal text-slate-600">{t("unreadSummary", { count: unread })}</span>
          </DropdownMenuLabel>
          {unread > 0 && (
            <DropdownMenuItem
              className="shrink-0 font-medium text-brand-800"
              // Stays open: the list below updates in place.
              onSelect={(event) => {
                event.preventDefault();
                markAll.mutate();
              }}
            >
              {t("markAllRead")}
            </DropdownMenuItem>
          )}
        </div>
        {markAll.isError && (
          <p role="alert" className="px-3 pt-2 text-sm font-medium text-red-700">
            {markAll.error.message}
          </p>
        )}
        <div className="p-1">
          <BellItems
            items={feed.data?.items}
            pending={feed.isPending}
            failed={feed.isError && !feed.data}
            onOpen={open}
            onRetry={() => void feed.refetch()}
          />
        </div>
        <DropdownMenuSeparator className="my-0" />
        <div className="p-1">
          <DropdownMenuItem asChild className="justify-center font-medium text-brand-800">
            <Link href={centerHref}>{t("seeAll")}</Link>
          </DropdownMenuItem>
        </div>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
