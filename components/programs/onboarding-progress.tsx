import { getFormatter, getTranslations } from "next-intl/server";
import { CircleCheck, CircleDashed } from "lucide-react";
import type { OnboardingProgress } from "@/lib/programs/types";

/**
 * The onboarding checklist with its progress, as both sides see it: each item done or not,
 * when and by whom, the agreement's versions (latest and accepted). In the portal each
 * open item links to its form on the onboarding page (`anchors`).
 */
export async function OnboardingProgressView({
  progress,
  timeZone,
  anchors = false,
  filesPath,
}: {
  progress: OnboardingProgress;
  timeZone: string;
  anchors?: boolean;
  /** where a filed document downloads from (`/<tenant>/admin/files` or `/<tenant>/portal/files`) */
  filesPath?: string;
}) {
  const [t, kinds, format] = await Promise.all([
    getTranslations("programs.onboarding"),
    getTranslations("programs.itemKinds"),
    getFormatter(),
  ]);
  const percent = progress.total === 0 ? 100 : Math.round((progress.done / progress.total) * 100);
  return (
    <div className="space-y-4 text-sm">
      <div>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <span className="font-medium text-slate-900">{t("progress", { done: progress.done, total: progress.total })}</span>
          <span className="text-slate-600">
            {progress.activatedAt
              ? t("activatedOn", { date: format.dateTime(progress.activatedAt, { dateStyle: "medium", timeZone }) })
              : progress.complete
                ? progress.activation === "AUTOMATIC"
                  ? t("completeAutomatic")
                  : t("completeManual")
                : progress.activation === "AUTOMATIC"
                  ? t("activationAutomatic")
                  : t("activationManual")}
          </span>
        </div>
        <div
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-label={t("progressLabel")}
          className="mt-2 h-2 overflow-hidden rounded-full bg-slate-200"
        >
          <div className="h-full rounded-full bg-brand-600" style={{ width: `${percent}%` }} />
        </div>
      </div>
      {progress.items.length === 0 ? (
        <p className="text-slate-600">{t("noItems")}</p>
      ) : (
        <ol className="space-y-2">
          {progress.items.map((item) => (
            <li key={item.id} className="flex items-start gap-3 rounded-lg border border-slate-200 p-3">
              {item.done ? (
                <CircleCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-emerald-700" />
              ) : (
                <CircleDashed aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-slate-500" />
              )}
              <div className="min-w-0 flex-1">
                <p className="font-medium break-words text-slate-900">
                  {anchors && !item.done ? (
                    <a href={`#item-${item.id}`} className="text-brand-800 underline-offset-4 hover:underline">
                      {item.title}
                    </a>
                  ) : (
                    item.title
                  )}
                  <span className="sr-only"> — {item.done ? t("done") : t("open")}</span>
                </p>
                <p className="text-slate-600">
                  {kinds(item.kind)}
                  {item.agreement &&
                    ` · ${
                      item.agreement.latest === null
                        ? t("agreementNone")
                        : item.done
                          ? t("agreementAccepted", { version: item.agreement.latest })
                          : item.agreement.accepted
                            ? t("agreementNewer", { version: item.agreement.latest, accepted: item.agreement.accepted })
                            : t("agreementPending", { version: item.agreement.latest })
                    }`}
                </p>
                {item.certification && (
                  <p className="text-slate-600 break-words">
                    {t("certificationDetail", { person: item.certification.person, credential: item.certification.credential, date: item.certification.completedOn })}
                  </p>
                )}
                {item.document && (
                  <p className="break-words text-slate-600">
                    {filesPath ? (
                      <a href={`${filesPath}/${item.document.fileId}`} className="text-brand-800 underline-offset-4 hover:underline">
                        {item.document.name}
                        <span className="sr-only"> ({t("download")})</span>
                      </a>
                    ) : (
                      item.document.name
                    )}
                  </p>
                )}
                {item.done && item.doneAt && (
                  <p className="text-xs text-slate-600">
                    {item.doneBy
                      ? t("doneBy", { date: format.dateTime(item.doneAt, { dateStyle: "medium", timeZone }), name: item.doneBy })
                      : t("doneOn", { date: format.dateTime(item.doneAt, { dateStyle: "medium", timeZone }) })}
                  </p>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
