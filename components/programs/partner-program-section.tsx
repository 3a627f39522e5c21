import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Award } from "lucide-react";
import { Facts } from "@/components/backoffice/facts";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { ServerAction } from "@/lib/http/action-state";
import type { PartnerProgramView, ProgramOption } from "@/lib/programs/types";
import { ActionButton } from "./action-button";
import { EnrolForm } from "./enrol-form";
import { ClearOverrideDialog, OverrideDialog, RecordMetricDialog } from "./partner-program-dialogs";
import { TierExplanationView } from "./tier-explanation";

export type PartnerProgramActions = {
  enrol: ServerAction;
  evaluate: ServerAction;
  override: ServerAction;
  clearOverride: ServerAction;
  recordMetric: ServerAction;
};

export type PartnerProgramSectionProps = {
  tenant: string;
  timeZone: string;
  currency: string;
  /** today in the tenant's time zone (YYYY-MM-DD), the metric form's default period end */
  today: string;
  partnerId: string;
  view: PartnerProgramView | null;
  /** with partnerPrograms.manage: the programs to enrol in */
  programs: ProgramOption[] | null;
  /** what the reader may do (from the permission table) */
  can: { manage: boolean; record: boolean };
  actions: PartnerProgramActions;
};

/**
 * The partner page's "Program and tier" tab (components/partners/360/program-tab.tsx):
 * enrolment, the tier with why and what the next one needs, override with reason, evaluate
 * now, recorded values, and the latest tier history. Onboarding has its own tab.
 */
export async function PartnerProgramSection(props: PartnerProgramSectionProps) {
  const { tenant, partnerId, view } = props;
  const [t, triggers, format] = await Promise.all([
    getTranslations("programs.partner"),
    getTranslations("programs.triggers"),
    getFormatter(),
  ]);
  const fields = { tenant, partnerId };
  const base = `/${tenant}/admin/programs`;

  if (!view) {
    return (
      <Card className="min-w-0">
        <CardHeader>
          <CardTitle>{t("title")}</CardTitle>
        </CardHeader>
        <CardContent>
          <EmptyState
            headingLevel="h3"
            icon={<Award />}
            title={t("notEnrolled")}
            description={props.can.manage ? (props.programs?.length ? t("notEnrolledHint") : t("noPrograms")) : t("notEnrolledReadOnly")}
            action={
              props.can.manage && props.programs?.length ? (
                <EnrolForm
                  tenant={tenant}
                  partnerId={partnerId}
                  action={props.actions.enrol}
                  programs={props.programs.map((program) => ({ value: program.id, label: program.name }))}
                />
              ) : undefined
            }
          />
        </CardContent>
      </Card>
    );
  }

  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeZone: props.timeZone });
  const labels = (key: "override" | "clear" | "record") => ({
    trigger: t(`${key}.trigger`),
    title: t(`${key}.title`),
    description: t(`${key}.description`),
  });

  return (
    <div className="grid min-w-0 gap-6">
      <Card className="min-w-0">
        <CardHeader>
          <CardTitle>{t("title")}</CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </CardHeader>
        <CardContent className="space-y-5">
          <Facts
            items={[
              {
                label: t("program"),
                value: (
                  <Link href={`${base}/${view.program.id}`} className="text-brand-800 underline-offset-4 hover:underline">
                    {view.program.name}
                  </Link>
                ),
              },
              {
                label: t("tier"),
                value: (
                  <span className="flex flex-wrap items-center gap-2">
                    <Badge tone="brand">{view.tier?.name ?? t("noTier")}</Badge>
                    {view.override && <Badge tone="warning">{t("overridden")}</Badge>}
                  </span>
                ),
              },
              ...(view.override
                ? [
                    {
                      label: t("overrideLabel"),
                      value: (
                        <>
                          {view.override.until
                            ? t("overrideUntil", { reason: view.override.reason, date: date(new Date(view.override.until.getTime() - 1)) })
                            : t("overrideOpen", { reason: view.override.reason })}
                          {view.override.by && <span className="block text-xs font-normal text-slate-600">{t("overrideBy", { name: view.override.by })}</span>}
                        </>
                      ),
                    },
                    { label: t("ruleTier"), value: view.ruleTier?.name ?? t("noTier") },
                  ]
                : []),
              { label: t("lastEvaluated"), value: view.evaluatedAt ? date(view.evaluatedAt) : t("never") },
              { label: t("enrolled"), value: date(view.enrolledAt) },
            ]}
          />
          {(props.can.manage || props.can.record) && (
            <div className="flex flex-wrap items-start gap-2">
              {props.can.manage && (
                <>
                  <ActionButton action={props.actions.evaluate} fields={fields} label={t("evaluate")} pendingLabel={t("evaluating")} success={t("evaluatedDone")} />
                  <OverrideDialog
                    tenant={tenant}
                    partnerId={partnerId}
                    action={props.actions.override}
                    tiers={view.tiers.map((tier) => ({ value: tier.id, label: tier.name }))}
                    labels={labels("override")}
                  />
                  {view.override && <ClearOverrideDialog tenant={tenant} partnerId={partnerId} action={props.actions.clearOverride} labels={labels("clear")} />}
                </>
              )}
              {props.can.record && (
                <RecordMetricDialog
                  tenant={tenant}
                  partnerId={partnerId}
                  action={props.actions.recordMetric}
                  currency={props.currency}
                  today={props.today}
                  labels={labels("record")}
                />
              )}
            </div>
          )}
          {view.explanation ? <TierExplanationView explanation={view.explanation} audience="vendor" /> : <p className="text-sm text-slate-600">{t("notEvaluated")}</p>}
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <Link href={`${base}/metrics?partner=${partnerId}`} className="text-brand-800 underline-offset-4 hover:underline">
              {t("valuesLink")}
            </Link>
            <Link href={`${base}/history?partner=${partnerId}`} className="text-brand-800 underline-offset-4 hover:underline">
              {t("historyLink")}
            </Link>
          </p>
        </CardContent>
      </Card>

      <Card className="min-w-0">
        <CardHeader>
          <CardTitle>{t("historyTitle")}</CardTitle>
        </CardHeader>
        <CardContent>
          {view.history.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noHistory")}</p>
          ) : (
            <ol className="space-y-3 text-sm">
              {view.history.map((entry) => (
                <li key={entry.id} className="border-l-2 border-slate-200 pl-3">
                  <p className="font-medium text-slate-900">
                    {entry.changed
                      ? t("historyChanged", { from: entry.previousTierName ?? t("noTier"), to: entry.tierName ?? t("noTier") })
                      : t("historySame", { tier: entry.tierName ?? t("noTier") })}
                  </p>
                  <p className="text-slate-600">
                    {triggers(entry.trigger)} · <time dateTime={entry.evaluatedAt.toISOString()}>{date(entry.evaluatedAt)}</time>
                    {entry.actorName ? ` · ${entry.actorName}` : ""}
                  </p>
                  {entry.reason && <p className="break-words text-slate-700">{t("historyReason", { reason: entry.reason })}</p>}
                </li>
              ))}
            </ol>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
