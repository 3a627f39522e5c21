"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Bell } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ServerAction } from "@/lib/http/action-state";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { BellItems } from "./bell-items";
import { NOTIFICATIONS_KEY, feedKey, fetchFeed, type Feed, type FeedItem } from "./feed";
import { runAction } from "./run-action";
import { safeLink } from "@/lib/notify/texts";

export type NotificationBellProps = {
  tenant: string;
  /** The feed route of this area (…/admin/notifications/feed or …/portal/notifications/feed). */
  feedUrl: string;
  /** The notification center of this area. */
  centerHref: string;
  /** Rendered by the layout, so the badge is right before the first poll. */
  initialUnread: number;
  actions: { markRead: ServerAction; markAllRead: ServerAction };
};

const POLL_MS = 30_000;

/** The top-bar bell: unread badge, the latest notifications, "mark all read" and "see all". */
export function NotificationBell({ tenant, feedUrl, centerHref, initialUnread, actions }: NotificationBellProps) {
  const t = useTranslations("notifications.bell");
  const format = useFormatter();
  const router = useRouter();
  const queryClient = useQueryClient();
  const key = feedKey(feedUrl);

  const feed = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => fetchFeed(feedUrl, signal),
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
    staleTime: 10_000,
  });

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

  const unread = feed.data?.unread ?? initialUnread;

  // Screen readers hear about new notifications when the count goes up (derived during render).
  const [seen, setSeen] = useState(unread);
  const [announcement, setAnnouncement] = useState("");
  if (unread !== seen) {
    setSeen(unread);
    if (unread > seen) setAnnouncement(t("announce", { count: unread }));
  }

  function open(item: FeedItem) {
    if (!item.read) markRead.mutate(item.id);
    router.push(safeLink(item.link, centerHref));
  }

  return (
    <>
      <span className="sr-only" aria-live="polite">
        {announcement}
      </span>
      <DropdownMenu onOpenChange={(next) => next && void feed.refetch()}>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon" className="relative" aria-label={t("label", { count: unread })}>
            <Bell aria-hidden="true" />
            {unread > 0 && (
              <span
                aria-hidden="true"
                className="absolute top-1 right-0.5 flex h-5 min-w-5 items-center justify-center rounded-full bg-red-700 px-1 text-[11px] leading-none font-semibold text-white tabular-nums ring-2 ring-white sm:top-0.5"
              >
                {unread > 9 ? t("overflow") : format.number(unread)}
              </span>
            )}
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent className="w-[min(24rem,calc(100vw-1rem))] p-0">
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
    </>
  );
}
