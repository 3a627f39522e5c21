import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { todayIn } from "@/lib/activities/dates";
import type { ActivitySubjectTypeValue } from "@/lib/activities/schema";
import { getTimeline, listAssigneeOptions } from "@/lib/activities/service";
import { can, type VendorCtx } from "@/lib/auth/context";
import type { ServerAction } from "@/lib/http/action-state";
import { ActivityTimeline } from "./activity-timeline";
import { LogActivityDialog } from "./log-activity-dialog";

const FIRST_PAGE = 20;
const LONG_PAGE = 200;

export type SubjectTimelineCardProps = {
  ctx: VendorCtx;
  subject: { type: ActivitySubjectTypeValue; id: string };
  description: string;
  /** the page's own URL with `older=1` (the link to the long page) */
  olderHref: string;
  long: boolean;
  /** logging stays closed for a record that is closed itself (an offboarded partner) */
  closed?: boolean;
  actions: { log: ServerAction; complete: ServerAction };
};

/**
 * A subject's timeline in the back office, with "Log activity" and "Mark done": the section
 * any module drops on its record's page (the partner page's timeline tab, the account page).
 */
export async function SubjectTimelineCard({ ctx, subject, description, olderHref, long, closed = false, actions }: SubjectTimelineCardProps) {
  const canLog = can(ctx, "activities.manage") && !closed;
  const [timeline, assignees, t] = await Promise.all([
    getTimeline(ctx, subject, { limit: long ? LONG_PAGE : FIRST_PAGE }),
    canLog ? listAssigneeOptions(ctx, subject) : [],
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
            side="vendor"
          />
        )}
      </CardHeader>
      <CardContent>
        <ActivityTimeline
          tenant={ctx.tenant.slug}
          items={timeline.items}
          showVisibility
          {...(subject.type === "PARTNER"
            ? { accountsBase: `/${ctx.tenant.slug}/admin/accounts`, dealsBase: `/${ctx.tenant.slug}/admin/deals/opportunities` }
            : {})}
          {...(can(ctx, "activities.manage") ? { complete: actions.complete } : {})}
          empty={{ title: t("timeline.empty"), description: canLog ? t("timeline.emptyHint") : t("timeline.emptyReadOnly") }}
          more={
            timeline.more && !long ? (
              <Link href={olderHref} className="mt-4 inline-flex rounded text-sm font-medium text-brand-700 hover:underline">
                {t("timeline.older")}
              </Link>
            ) : null
          }
        />
      </CardContent>
    </Card>
  );
}
