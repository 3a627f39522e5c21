"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

/**
 * Time left to answer an offer, refreshed every 30 seconds. The server's render shows the
 * same text (it passes `now`), so hydration matches; past the deadline it says so.
 */
export function SlaCountdown({ dueAt, now }: { dueAt: string; now: string }) {
  const t = useTranslations("leads.sla");
  const [current, setCurrent] = useState(() => Date.parse(now));
  useEffect(() => {
    const timer = setInterval(() => setCurrent(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const left = Date.parse(dueAt) - current;
  const minutes = Math.max(0, Math.floor(left / 60_000));
  const urgent = left < 2 * 60 * 60 * 1000;
  const text =
    left <= 0
      ? t("over")
      : minutes < 60
        ? t("minutes", { minutes })
        : minutes < 48 * 60
          ? t("hours", { hours: Math.floor(minutes / 60), minutes: minutes % 60 })
          : t("days", { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60) });
  return (
    <span className={cn("inline-flex rounded px-2 py-0.5 text-sm font-medium tabular-nums", urgent ? "bg-red-50 text-red-800" : "bg-amber-50 text-amber-900")}>
      <time dateTime={dueAt}>{text}</time>
    </span>
  );
}
