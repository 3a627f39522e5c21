import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArrowLeft } from "lucide-react";
import { SharedTimelineCard } from "@/components/activities/shared-timeline-card";
import { OpportunityStatusBadge } from "@/components/deals/badges";
import { CriteriaChecklist } from "@/components/deals/criteria-checklist";
import { MoveForm } from "@/components/deals/move-stage-dialog";
import { OpportunityFacts } from "@/components/deals/opportunity-facts";
import { OpportunityForm } from "@/components/deals/opportunity-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { todayIn } from "@/lib/activities/dates";
import { can } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { getOwnOpportunity } from "@/lib/deals/opportunities";
import { stageTargets } from "@/lib/deals/stage-rules";
import { listOwnStages } from "@/lib/deals/stages";
import { CURRENCIES } from "@/lib/tenancy/schema";
import { completeOwnTaskAction, logSharedActivityAction } from "../../../activities/actions";
import { checkOwnCriterionAction, moveOwnOpportunityStageAction, updateOwnOpportunityAction } from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { TIMELINE_MESSAGES } from "@/components/activities/messages";

export const generateMetadata = partnerMetadata("ownDeals.read", async ({ ctx, params }) => ({
  title: (await getOwnOpportunity(ctx, params.opportunityId ?? "")).customerName,
}));

/** One of the partner's deals: its figures, the exit criteria of its stage, moves, edits and the shared timeline. */
export default partnerPage("ownDeals.read", async ({ ctx, params }) => {
  const [deal, stages, t, activities] = await Promise.all([
    getOwnOpportunity(ctx, params.opportunityId),
    listOwnStages(ctx),
    getTranslations("deals"),
    getTranslations("activities.timeline"),
  ]);
  const base = `/${ctx.tenant.slug}/portal`;
  const manage = can(ctx, "ownDeals.manage") && deal.status === "OPEN";
  const stage = stages.find((s) => s.id === deal.stage.id);
  return (
    <ClientMessages
      namespaces={[
        ...FORM_MESSAGES,
        ...TIMELINE_MESSAGES,
        "deals.criteria",
        "deals.form",
        "deals.move",
        "deals.opportunity",
        "forms.country",
        "forms.timeZone",
      ]}
    >
      <>
        <PageHeader
          eyebrow={
            <Link
              href={`${base}/deals/pipeline`}
              className="inline-flex items-center gap-1 rounded font-medium text-brand-700 hover:underline"
            >
              <ArrowLeft aria-hidden="true" className="size-4" />
              {t("opportunity.back")}
            </Link>
          }
          title={deal.customerName}
          description={
            <span className="flex flex-wrap items-center gap-2">
              <OpportunityStatusBadge status={deal.status} />
              {t("opportunity.stageValue", { stage: deal.stage.name, probability: deal.stage.probability })}
            </span>
          }
        />
        <div className="grid gap-6 lg:grid-cols-2">
          <Card className="h-fit min-w-0">
            <CardHeader>
              <CardTitle>{t("opportunity.facts")}</CardTitle>
            </CardHeader>
            <CardContent>
              <OpportunityFacts deal={deal} base={base} vendor={false} />
            </CardContent>
          </Card>
          <div className="grid h-fit min-w-0 gap-6">
            <Card>
              <CardHeader>
                <CardTitle>{t("criteria.title", { stage: deal.stage.name })}</CardTitle>
                <CardDescription>{t("criteria.description")}</CardDescription>
              </CardHeader>
              <CardContent className="space-y-6">
                <CriteriaChecklist
                  tenant={ctx.tenant.slug}
                  deal={deal}
                  criteria={stage?.criteria ?? []}
                  met={deal.criteriaMet}
                  {...(manage ? { action: checkOwnCriterionAction } : {})}
                />
                {manage && (
                  <section aria-labelledby="move-heading" className="space-y-3">
                    <h3 id="move-heading" className="text-sm font-semibold text-slate-900">
                      {t("move.heading")}
                    </h3>
                    <MoveForm
                      tenant={ctx.tenant.slug}
                      action={moveOwnOpportunityStageAction}
                      deal={{ id: deal.id, version: deal.version, name: deal.customerName }}
                      stages={stageTargets(stages, deal.stage.id)}
                    />
                  </section>
                )}
              </CardContent>
            </Card>
            {manage && (
              <Card>
                <CardHeader>
                  <CardTitle>{t("opportunity.edit")}</CardTitle>
                </CardHeader>
                <CardContent>
                  <OpportunityForm
                    tenant={ctx.tenant.slug}
                    action={updateOwnOpportunityAction}
                    deal={deal}
                    currencies={[...CURRENCIES]}
                    today={todayIn(ctx.tenant.timeZone)}
                  />
                </CardContent>
              </Card>
            )}
            {can(ctx, "sharedActivities.read") && (
              <SharedTimelineCard
                ctx={ctx}
                subject={{ type: "DEAL", id: deal.id }}
                description={activities("dealDescription")}
                actions={{ log: logSharedActivityAction, complete: completeOwnTaskAction }}
              />
            )}
          </div>
        </div>
      </>
    </ClientMessages>
  );
});
