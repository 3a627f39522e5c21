"use client";

import { useFormatter, useNow, useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { DropdownMenuItem, DropdownMenuLabel } from "@/components/ui/dropdown-menu";
import { Spinner } from "@/components/ui/spinner";
import type { FeedItem } from "./feed";

export type BellItemsProps = {
  items: FeedItem[] | undefined;
  pending: boolean;
  /** The first load failed (later failures keep showing the last good list). */
  failed: boolean;
  onOpen: (item: FeedItem) => void;
  onRetry: () => void;
};

/** The body of the bell menu: loading, error, empty, or the latest notifications. */
export function BellItems({ items, pending, failed, onOpen, onRetry }: BellItemsProps) {
  const t = useTranslations("notifications.bell");
  const format = useFormatter();
  // Only rendered while the menu is open, so "5 minutes ago" never differs from the server.
  const now = useNow({ updateInterval: 60_000 });

  if (failed) {
    return (
      <>
        <p role="alert" className="px-2 pt-3 pb-1 text-sm text-red-700">
          {t("error")}
        </p>
        {/* A menu item, so arrow keys reach it; the menu stays open for the new result. */}
        <DropdownMenuItem
          className="font-medium text-brand-800"
          onSelect={(event) => {
            event.preventDefault();
            onRetry();
          }}
        >
          {t("retry")}
        </DropdownMenuItem>
      </>
    );
  }
  if (pending || !items) {
    return (
      <DropdownMenuLabel className="flex items-center gap-2 py-3 font-normal">
        <Spinner size="sm" />
        {t("loading")}
      </DropdownMenuLabel>
    );
  }
  if (items.length === 0) {
    return <DropdownMenuLabel className="py-4 text-center text-sm font-normal">{t("empty")}</DropdownMenuLabel>;
  }

  return items.map((item) => {
    const { title, body } = item;
    const created = new Date(item.createdAt);
    return (
      <DropdownMenuItem
        key={item.id}
        onSelect={() => onOpen(item)}
        className={cn("items-start gap-3 py-2.5", !item.read && "bg-brand-50/60")}
      >
        <span
          aria-hidden="true"
          className={cn("mt-1.5 size-2 shrink-0 rounded-full", item.read ? "bg-transparent" : "bg-brand-600")}
        />
        <span className="min-w-0 flex-1">
          {!item.read && <span className="sr-only">{t("unread")}: </span>}
          <span className={cn("block text-slate-900", !item.read && "font-semibold")}>{title}</span>
          <span className="line-clamp-2 block text-slate-700">{body}</span>
          <time dateTime={item.createdAt} className="mt-0.5 block text-xs text-slate-600">
            {format.relativeTime(created, now)}
          </time>
        </span>
      </DropdownMenuItem>
    );
  });
}
