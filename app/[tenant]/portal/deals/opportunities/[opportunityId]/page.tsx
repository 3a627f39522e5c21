import { getTranslations } from "next-intl/server";
import { SharedTimelineCard } from "@/components/activities/shared-timeline-card";
import { OpportunityView } from "@/components/deals/opportunity-view";
import { todayIn } from "@/lib/activities/dates";
import { can } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { getOwnOpportunity } from "@/lib/deals/opportunities";
import { listOwnStages } from "@/lib/deals/stages";
import { completeOwnTaskAction, logSharedActivityAction } from "../../../activities/actions";
import { checkOwnCriterionAction, moveOwnOpportunityStageAction, updateOwnOpportunityAction } from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { TIMELINE_MESSAGES } from "@/components/activities/messages";
import { OPPORTUNITY_VIEW_MESSAGES } from "@/components/deals/messages";

export const generateMetadata = partnerMetadata("ownDeals.read", async ({ ctx, params }) => ({
  title: (await getOwnOpportunity(ctx, params.opportunityId ?? "")).customerName,
}));

/** One of the partner's deals (components/deals/opportunity-view.tsx) with its own actions and the shared timeline. */
export default partnerPage("ownDeals.read", async ({ ctx, params }) => {
  const [deal, stages, activities] = await Promise.all([
    getOwnOpportunity(ctx, params.opportunityId),
    listOwnStages(ctx),
    getTranslations("activities.timeline"),
  ]);
  const manage = can(ctx, "ownDeals.manage") && deal.status === "OPEN";
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, ...TIMELINE_MESSAGES, ...OPPORTUNITY_VIEW_MESSAGES]}>
      <OpportunityView
        tenant={ctx.tenant.slug}
        base={`/${ctx.tenant.slug}/portal`}
        vendor={false}
        deal={deal}
        stages={stages}
        today={todayIn(ctx.tenant.timeZone)}
        {...(manage ? { actions: { check: checkOwnCriterionAction, move: moveOwnOpportunityStageAction, update: updateOwnOpportunityAction } } : {})}
        timeline={
          can(ctx, "sharedActivities.read") && (
            <SharedTimelineCard
              ctx={ctx}
              subject={{ type: "DEAL", id: deal.id }}
              description={activities("dealDescription")}
              actions={{ log: logSharedActivityAction, complete: completeOwnTaskAction }}
            />
          )
        }
      />
    </ClientMessages>
  );
});
