"use client";

import { useEffect } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
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
import type { NotificationBellProps } from "./bell";
import { BellItems } from "./bell-items";
import { NOTIFICATIONS_KEY, feedKey, fetchFeed, type Feed, type FeedItem } from "./feed";
import { runAction } from "./run-action";

export type BellMenuProps = NotificationBellProps & {
  /** The count the bell shows (its own poll, ./bell.tsx). */
  unread: number;
};

/** The bell's menu once first opened (./bell.tsx shows only the bell and its badge until then). */
export default function BellMenu({ tenant, feedUrl, centerHref, actions, unread, trigger, openedBy }: BellMenuProps & LoadedPopupProps) {
  const t = useTranslations("notifications.bell");
  const router = useRouter();
  const queryClient = useQueryClient();
  const content = useKeyboardEntry(openedBy);
  const key = feedKey(feedUrl);
  // The same query as the bell's (one cache entry); the bell polls it.
  const feed = useQuery({ queryKey: key, queryFn: ({ signal }) => fetchFeed(feedUrl, signal), staleTime: 10_000 });

  // Opened for the first time: the latest list, as every later opening asks for it.
  const { refetch } = feed;
  useEffect(() => void refetch(), [refetch]);

  // Optimistic: the dot and the badge change at once; the next fetch brings the truth.
  function patch(update: (feed: Feed) => Feed) {
    const previous = queryClient.getQueryData<Feed>(key);
    if (previous) queryClient.setQueryData<Feed>(key, update(previous));
    return { previous };
  }
  const settle = () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });

  const markRead = useMutation({
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
    <DropdownMenu defaultOpen onOpenChange={(next) => next && void feed.refetch()}>
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
