"use client";

import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { ServerAction } from "@/lib/http/action-state";
import { Button } from "@/components/ui/button";
import { DeferredPopup } from "@/components/ui/deferred-popup";
import { spriteIcon } from "@/components/ui/sprite-icon";
import { useBellFeed, type BellFeed } from "./bell-feed";

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

const bellIcon = spriteIcon("bell");

const loadMenu = () => import("./bell-menu");

/** What the menu gets from the bell besides the bell's own props. */
export type BellMenuExtraProps = {
  /** The count the bell shows. */
  unread: number;
  /** The bell's feed, whose copy the menu's query cache becomes (./bell-feed.ts). */
  feed: BellFeed;
};

/**
 * The top-bar bell: unread badge (polled with plain fetch, ./bell-feed.ts), and a menu
 * with the latest notifications, "mark all read" and "see all" — the menu's code, with
 * TanStack Query, loads when it is first opened (DeferredPopup).
 */
export function NotificationBell(props: NotificationBellProps) {
  const { feedUrl, initialUnread } = props;
  const t = useTranslations("notifications.bell");
  const format = useFormatter();

  const { store, feed } = useBellFeed(feedUrl);
  const unread = feed?.unread ?? initialUnread;

  // Screen readers hear about new notifications when the count goes up (derived during render).
  const [seen, setSeen] = useState(unread);
  const [announcement, setAnnouncement] = useState("");
  if (unread !== seen) {
    setSeen(unread);
    if (unread > seen) setAnnouncement(t("announce", { count: unread }));
  }

  const trigger = (
    <Button variant="ghost" size="icon" className="relative" aria-label={t("label", { count: unread })}>
      {bellIcon}
      {unread > 0 && (
        <span
          aria-hidden="true"
          className="absolute top-1 right-0.5 flex h-5 min-w-5 items-center justify-center rounded-full bg-red-700 px-1 text-[11px] leading-none font-semibold text-white tabular-nums ring-2 ring-white sm:top-0.5"
        >
          {unread > 9 ? t("overflow") : format.number(unread)}
        </span>
      )}
    </Button>
  );

  return (
    <>
      <span className="sr-only" aria-live="polite">
        {announcement}
      </span>
      <DeferredPopup popup="menu" trigger={trigger} load={loadMenu} props={{ ...props, unread, feed: store }} />
    </>
  );
}
