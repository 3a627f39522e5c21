import { getFormatter, getTranslations } from "next-intl/server";
import { PartnerStatusBadge } from "@/components/partners/partner-badges";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ServerAction } from "@/lib/http/action-state";
import type { PartnerStatusValue } from "@/lib/partners/schema";
import type { PartnerStatusEntry, PartnerTransition } from "@/lib/partners/types";
import { StatusChangeForm } from "./status-change-form";

export type LifecycleCardProps = {
  tenant: string;
  partnerId: string;
  status: PartnerStatusValue;
  timeZone: string;
  history: PartnerStatusEntry[];
  /** With partners.manage: the transitions allowed from `status`, and the action taking one. */
  change?: { transitions: PartnerTransition[]; action: ServerAction };
};

/**
 * The partner's place in its lifecycle on the partner page: its status, what that means
 * for its portal, the changes this person may make (reason required) and the history.
 */
export async function LifecycleCard({ tenant, partnerId, status, timeZone, history, change }: LifecycleCardProps) {
  const [t, statuses, format] = await Promise.all([getTranslations("lifecycle"), getTranslations("enums.partnerStatus"), getFormatter()]);
  return (
    <Card className="h-fit" data-lifecycle-card="">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t(`meaning.${status}`)}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-5">
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          {t("current")} <PartnerStatusBadge status={status} />
        </p>
        {change && change.transitions.length > 0 && (
          <StatusChangeForm tenant={tenant} partnerId={partnerId} from={status} transitions={change.transitions} action={change.action} />
        )}
        {change && change.transitions.length === 0 && <p className="text-sm text-slate-600">{t("final")}</p>}
        <section aria-labelledby={`history-${partnerId}`} className="space-y-2">
          <h3 id={`history-${partnerId}`} className="text-sm font-semibold text-slate-900">
            {t("history.title")}
          </h3>
          {history.length === 0 ? (
            <p className="text-sm text-slate-600">{t("history.empty")}</p>
          ) : (
            <ol className="space-y-3">
              {history.map((entry) => (
                <li key={entry.id} className="border-l-2 border-slate-200 pl-3 text-sm">
                  <p className="font-medium break-words text-slate-900">
                    {entry.to ? t("history.to", { status: statuses(entry.to) }) : t("history.unknown")}
                  </p>
                  <p className="break-words text-slate-700">{entry.reason}</p>
                  <p className="text-xs text-slate-600">
                    {t("history.by", {
                      actor: entry.actor ?? t("history.system"),
                      at: format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short", timeZone }),
                    })}
                  </p>
                </li>
              ))}
            </ol>
          )}
        </section>
      </CardContent>
    </Card>
  );
}
