import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { OpportunityStatusBadge } from "@/components/deals/badges";
import { CriteriaChecklist } from "@/components/deals/criteria-checklist";
import { MoveForm } from "@/components/deals/move-stage-dialog";
import { OpportunityFacts } from "@/components/deals/opportunity-facts";
import { OpportunityForm } from "@/components/deals/opportunity-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { stageTargets } from "@/lib/deals/stage-rules";
import type { OpportunityDetail, StageItem } from "@/lib/deals/types";
import type { ServerAction } from "@/lib/http/action-state";
import { CURRENCIES } from "@/lib/tenancy/schema";
import { BackLink } from "@/components/ui/back-link";

/** The actions of a deal its reader may change (the vendor's or the partner's own). */
export type OpportunityActions = { check: ServerAction; move: ServerAction; update: ServerAction };

export type OpportunityViewProps = {
  tenant: string;
  /** "/<tenant>/admin" or "/<tenant>/portal": where the back link and the facts' links go */
  base: string;
  /** the vendor sees the rep and the partner; a partner its own deal only */
  vendor: boolean;
  deal: OpportunityDetail;
  stages: StageItem[];
  /** the tenant's today, for the close-date field */
  today: string;
  /** present when the reader may work the deal (it manages deals and the deal is open) */
  actions?: OpportunityActions;
  /** the audience's timeline card (the vendor's full one, the partner's shared one), if it may read it */
  timeline?: ReactNode;
};

/**
 * One deal as both audiences see it — its figures, the exit criteria of its stage, moves,
 * edits and its activities — so the back office and the portal cannot drift apart. The
 * pages decide who reads it and which actions and timeline it gets.
 */
export async function OpportunityView({ tenant, base, vendor, deal, stages, today, actions, timeline }: OpportunityViewProps) {
  const t = await getTranslations("deals");
  const stage = stages.find((s) => s.id === deal.stage.id);
  return (
    <>
      <PageHeader
        eyebrow={
          <BackLink href={`${base}/deals/pipeline`}>{t("opportunity.back")}</BackLink>
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
            <OpportunityFacts deal={deal} base={base} vendor={vendor} />
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
                tenant={tenant}
                deal={deal}
                criteria={stage?.criteria ?? []}
                met={deal.criteriaMet}
                {...(actions ? { action: actions.check } : {})}
              />
              {actions && (
                <section aria-labelledby="move-heading" className="space-y-3">
                  <h3 id="move-heading" className="text-sm font-semibold text-slate-900">
                    {t("move.heading")}
                  </h3>
                  <MoveForm
                    tenant={tenant}
                    action={actions.move}
                    deal={{ id: deal.id, version: deal.version, name: deal.customerName }}
                    stages={stageTargets(stages, deal.stage.id)}
                  />
                </section>
              )}
            </CardContent>
          </Card>
          {actions && (
            <Card>
              <CardHeader>
                <CardTitle>{t("opportunity.edit")}</CardTitle>
              </CardHeader>
              <CardContent>
                <OpportunityForm tenant={tenant} action={actions.update} deal={deal} currencies={[...CURRENCIES]} today={today} />
              </CardContent>
            </Card>
          )}
          {timeline}
        </div>
      </div>
    </>
  );
}
