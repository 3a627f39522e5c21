import { getTranslations } from "next-intl/server";
import { SubjectTimelineCard } from "@/components/activities/subject-timeline-card";
import { OpportunityView } from "@/components/deals/opportunity-view";
import { todayIn } from "@/lib/activities/dates";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { getOpportunity } from "@/lib/deals/opportunities";
import { listStages } from "@/lib/deals/stages";
import { completeTaskAction, logActivityAction } from "../../../tasks/actions";
import { checkCriterionAction, moveOpportunityStageAction, updateOpportunityAction } from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { TIMELINE_MESSAGES } from "@/components/activities/messages";
import { OPPORTUNITY_VIEW_MESSAGES } from "@/components/deals/messages";

export const generateMetadata = vendorMetadata("deals.read", async ({ ctx, params }) => ({
  title: (await getOpportunity(ctx, params.opportunityId ?? "")).customerName,
}));

/** One deal (components/deals/opportunity-view.tsx) with the vendor's actions and full timeline. */
export default vendorPage("deals.read", async ({ ctx, params, searchParams }) => {
  const [deal, stages, activities] = await Promise.all([
    getOpportunity(ctx, params.opportunityId),
    listStages(ctx),
    getTranslations("activities.timeline"),
  ]);
  const base = `/${ctx.tenant.slug}/admin`;
  const manage = can(ctx, "deals.manage") && deal.status === "OPEN";
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, ...TIMELINE_MESSAGES, ...OPPORTUNITY_VIEW_MESSAGES]}>
      <OpportunityView
        tenant={ctx.tenant.slug}
        base={base}
        vendor
        deal={deal}
        stages={stages}
        today={todayIn(ctx.tenant.timeZone)}
        {...(manage ? { actions: { check: checkCriterionAction, move: moveOpportunityStageAction, update: updateOpportunityAction } } : {})}
        timeline={
          can(ctx, "activities.read") && (
            <SubjectTimelineCard
              ctx={ctx}
              subject={{ type: "DEAL", id: deal.id }}
              description={activities("dealDescription")}
              olderHref={`${base}/deals/opportunities/${deal.id}?older=1`}
              long={searchParams.older === "1"}
              actions={{ log: logActivityAction, complete: completeTaskAction }}
            />
          )
        }
      />
    </ClientMessages>
  );
});
