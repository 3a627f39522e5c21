import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { ArrowRight, CheckCircle2, Circle } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { SetupChecklist as Checklist, SetupStepId } from "@/lib/tenancy/setup";

export type SetupChecklistProps = {
  checklist: Checklist;
  /** Where each step is done (the admin area's pages). */
  hrefs: Record<SetupStepId, string>;
  /** The "hide the checklist" control (a form of the kit). */
  dismiss?: ReactNode;
};

/**
 * The setup checklist a new workspace opens on: every step with what it is for and a link
 * to where it is done. Ticks come from the data (lib/tenancy/setup.ts), never from here.
 */
export function SetupChecklist({ checklist, hrefs, dismiss }: SetupChecklistProps) {
  const t = useTranslations("setup");
  const total = checklist.steps.length;
  return (
    <Card className="mb-6">
      <CardHeader className="gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-1">
          <CardTitle>{t("title")}</CardTitle>
          <CardDescription>{t("progress", { done: checklist.done, total })}</CardDescription>
          <progress
            value={checklist.done}
            max={total}
            aria-label={t("progressLabel")}
            className="h-2 w-full max-w-xs overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-700 [&::-moz-progress-bar]:bg-brand-700"
          />
        </div>
        {dismiss && <div className="shrink-0">{dismiss}</div>}
      </CardHeader>
      <CardContent>
        <ol role="list" className="divide-y divide-slate-200 rounded-lg border border-slate-200">
          {checklist.steps.map((step) => (
            <li key={step.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div className="flex min-w-0 items-start gap-3">
                {step.done ? (
                  <CheckCircle2 aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-emerald-700" />
                ) : (
                  <Circle aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-slate-500" />
                )}
                <div className="min-w-0">
                  <h3 className="text-sm font-semibold text-slate-900">
                    {t(`steps.${step.id}.title`)}
                    <span className="sr-only"> ({step.done ? t("done") : t("todo")})</span>
                  </h3>
                  <p className="text-sm text-slate-600">{t(`steps.${step.id}.description`)}</p>
                </div>
              </div>
              {step.done ? (
                <span aria-hidden="true" className="shrink-0 pl-8 text-sm font-medium text-emerald-800 sm:pl-0">
                  {t("done")}
                </span>
              ) : (
                <Link
                  href={hrefs[step.id]}
                  className="inline-flex shrink-0 items-center gap-1 rounded pl-8 text-sm font-medium text-brand-700 hover:underline sm:pl-0"
                >
                  {t(`steps.${step.id}.action`)}
                  <ArrowRight aria-hidden="true" className="size-4" />
                </Link>
              )}
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
