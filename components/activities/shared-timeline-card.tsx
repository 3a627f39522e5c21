import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { todayIn } from "@/lib/activities/dates";
import type { ActivitySubjectTypeValue } from "@/lib/activities/schema";
import { getSharedTimeline, listOwnAssigneeOptions } from "@/lib/activities/service";
import { can, type PartnerCtx } from "@/lib/auth/context";
import type { ServerAction } from "@/lib/http/action-state";
import { ActivityTimeline } from "./activity-timeline";
import { LogActivityDialog } from "./log-activity-dialog";

/**
 * One record's shared timeline in the portal (an account's): what either side shared about
 * it, newest first, with "Log activity" (shared with the vendor) and "Mark done" for the
 * reader's own tasks. The vendor's internal entries never appear.
 */
export async function SharedTimelineCard({
  ctx,
  subject,
  description,
  actions,
}: {
  ctx: PartnerCtx;
  subject: { type: ActivitySubjectTypeValue; id: string };
  description: string;
  actions: { log: ServerAction; complete: ServerAction };
}) {
  const canLog = can(ctx, "sharedActivities.log");
  const [timeline, assignees, t] = await Promise.all([
    getSharedTimeline(ctx, { subject, limit: 50 }),
    canLog ? listOwnAssigneeOptions(ctx) : [],
    getTranslations("activities"),
  ]);
  return (
    <Card className="min-w-0">
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <CardTitle>{t("timeline.title")}</CardTitle>
          <CardDescription>{description}</CardDescription>
        </div>
        {canLog && (
          <LogActivityDialog
            tenant={ctx.tenant.slug}
            action={actions.log}
            subject={subject}
            assignees={assignees}
            me={assignees.find((option) => option.self)?.value}
            today={todayIn(ctx.tenant.timeZone)}
            side="partner"
          />
        )}
      </CardHeader>
      <CardContent>
        <ActivityTimeline
          tenant={ctx.tenant.slug}
          items={timeline.items}
          showVisibility={false}
          {...(canLog ? { complete: actions.complete } : {})}
          empty={{ title: t("portal.empty"), description: t("portal.emptyHint", { vendor: ctx.tenant.name }) }}
        />
      </CardContent>
    </Card>
  );
}
