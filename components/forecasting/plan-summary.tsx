import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Progress } from "@/lib/forecasting/diagnostics";
import type { ActionPlanSummary } from "@/lib/forecasting/plans";
import { percent } from "./format";

const TONE: Record<Progress, BadgeTone> = { pending: "neutral", resolved: "success", improved: "success", unchanged: "warning", worse: "danger" };

/** A plan in a line: its diagnostic, tasks done, and the figure then and now with the verdict. */
export function PlanSummary({ plan, name, href, locale }: { plan: ActionPlanSummary; name: string; href?: string; locale: string }) {
  const t = useTranslations("forecasting.plans");
  const d = useTranslations("forecasting.diagnostics");
  const signed = plan.kind === "PARTNER_BIAS";
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0">
        <p className="font-medium text-slate-900">{href ? <Link href={href} className="text-brand-700 hover:underline">{plan.title}</Link> : plan.title}</p>
        <p className="text-sm text-slate-600">
          {d(`kinds.${plan.kind}`)} · {name} · {t("tasks", { done: plan.tasks.done, total: plan.tasks.total })}
        </p>
      </div>
      <dl className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <div className="flex gap-1">
          <dt className="text-slate-600">{t("before")}</dt>
          <dd className="tabular-nums">{percent(plan.metricBefore, locale, signed)}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-slate-600">{t("now")}</dt>
          <dd className="tabular-nums">{percent(plan.metricNow, locale, signed)}</dd>
        </div>
        <div>
          <dt className="sr-only">{t("outcome")}</dt>
          <dd>
            <Badge tone={TONE[plan.progress]}>{t(`progress.${plan.progress}`, { period: plan.period })}</Badge>
          </dd>
        </div>
      </dl>
    </div>
  );
}
