"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import type { ServerAction } from "@/lib/http/action-state";

/** How often the page asks again while a run computes. */
const POLL_MS = 2000;

export type RunPanelProps = {
  tenant: string;
  /** the run computing now, if any */
  running: { asOf: string; seriesDone: number; seriesTotal: number } | null;
  /** the run shown (published), if any */
  shown: { asOf: string; publishedAt: string | null } | null;
  /**
   * The current month's run when it is published (with its date, formatted) or failed: a
   * published month is not run again (a month keeps its snapshot — said instead of a button
   * that would do nothing); a failed one can be run again.
   */
  thisMonth: { asOf: string; status: "PUBLISHED"; publishedOn: string; next: string } | { asOf: string; status: "FAILED" } | null;
  /** absent: the reader may not start a run */
  action?: ServerAction;
};

/**
 * "Run forecast now" and, while the worker computes, its progress: the page re-reads the
 * run every two seconds (a server refresh, no extra endpoint) until it is published. When
 * this month's forecast is published already, the panel says so and when the next run comes
 * (the server refuses a stale page's click with the same reason, translated).
 */
export function RunPanel({ tenant, running, shown, thisMonth, action }: RunPanelProps) {
  const t = useTranslations("forecasting.run");
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => router.refresh(), POLL_MS);
    return () => window.clearInterval(timer);
  }, [running, router]);
  const percent = running && running.seriesTotal > 0 ? Math.round((running.seriesDone / running.seriesTotal) * 100) : 0;
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
      <p className="text-sm text-slate-700">{shown ? t("shown", { asOf: shown.asOf }) : t("none")}</p>
      {running ? (
        <div className="w-full max-w-xs" role="status" aria-live="polite">
          <p className="mb-1 text-sm font-medium text-slate-800">
            {running.seriesTotal > 0 ? t("progress", { done: running.seriesDone, total: running.seriesTotal }) : t("starting", { asOf: running.asOf })}
          </p>
          <div
            role="progressbar"
            aria-label={t("progressLabel")}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            className="h-2 overflow-hidden rounded-full bg-slate-200"
          >
            <div className="h-full rounded-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
          </div>
        </div>
      ) : thisMonth?.status === "PUBLISHED" ? (
        action && (
          <p className="max-w-prose text-sm text-slate-600" data-testid="run-published">
            {t("publishedThisMonth", { asOf: thisMonth.asOf, date: thisMonth.publishedOn, next: thisMonth.next })}
          </p>
        )
      ) : (
        action && (
          <div className="flex flex-col gap-2 sm:items-end">
            {thisMonth?.status === "FAILED" && <p className="text-sm text-red-700">{t("failed", { asOf: thisMonth.asOf })}</p>}
            <ActionButtonForm action={action} fields={{ tenant }} pendingText={t("requesting")} onSuccess={() => router.refresh()}>
              {thisMonth?.status === "FAILED" ? t("runAgain") : t("runNow")}
            </ActionButtonForm>
          </div>
        )
      )}
    </div>
  );
}
