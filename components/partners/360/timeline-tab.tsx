import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActivityTimeline } from "@/components/activities/activity-timeline";
import { LogActivityDialog } from "@/components/activities/log-activity-dialog";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { todayIn } from "@/lib/activities/dates";
import { getTimeline, listAssigneeOptions } from "@/lib/activities/service";
import { can } from "@/lib/auth/context";
import type { ServerAction } from "@/lib/http/action-state";
import type { PartnerTabProps } from "./types";

const FIRST_PAGE = 20;
const LONG_PAGE = 200;

/** Timeline: every call, meeting, e-mail, note and task with this partner (and its records), newest first. */
export async function TimelineTab({
  ctx,
  partner,
  searchParams,
  actions,
}: PartnerTabProps & { actions: { log: ServerAction; complete: ServerAction } }) {
  const long = searchParams.older === "1";
  const canLog = can(ctx, "activities.manage") && partner.status !== "OFFBOARDED";
  const [timeline, assignees, t] = await Promise.all([
    getTimeline(ctx, { type: "PARTNER", id: partner.id }, { limit: long ? LONG_PAGE : FIRST_PAGE }),
    canLog ? listAssigneeOptions(ctx, partner.id) : [],
    getTranslations("activities"),
  ]);
  return (
    <Card className="min-w-0">
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <CardTitle>{t("timeline.title")}</CardTitle>
          <CardDescription>{t("timeline.vendorDescription", { partner: partner.name })}</CardDescription>
        </div>
        {canLog && (
          <LogActivityDialog
            tenant={ctx.tenant.slug}
            action={actions.log}
            subject={{ type: "PARTNER", id: partner.id }}
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
          {...(can(ctx, "activities.manage") ? { complete: actions.complete } : {})}
          empty={{ title: t("timeline.empty"), description: canLog ? t("timeline.emptyHint") : t("timeline.emptyReadOnly") }}
          more={
            timeline.more && !long ? (
              <Link
                href={`/${ctx.tenant.slug}/admin/partners/${partner.id}?tab=timeline&older=1`}
                className="mt-4 inline-flex rounded text-sm font-medium text-brand-700 hover:underline"
              >
                {t("timeline.older")}
              </Link>
            ) : null
          }
        />
      </CardContent>
    </Card>
  );
}
