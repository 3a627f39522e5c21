import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ActivityTimeline } from "@/components/activities/activity-timeline";
import { LogActivityDialog } from "@/components/activities/log-activity-dialog";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { todayIn } from "@/lib/activities/dates";
import { getSharedTimeline, listOwnAssigneeOptions } from "@/lib/activities/service";
import { can } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { completeOwnTaskAction, logSharedActivityAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { TIMELINE_MESSAGES } from "@/components/activities/messages";

export const generateMetadata = partnerMetadata("sharedActivities.read", async () => {
  const t = await getTranslations("activities.portal");
  return { title: t("title") };
});

/**
 * What the vendor and the partner share: calls, meetings, e-mails, notes and tasks either
 * side logged as shared. The vendor's internal notes never appear here (service scope and
 * row-level security).
 */
export default partnerPage("sharedActivities.read", async ({ ctx, searchParams }) => {
  const long = searchParams.older === "1";
  const canLog = can(ctx, "sharedActivities.log");
  const [timeline, assignees, t] = await Promise.all([
    getSharedTimeline(ctx, { limit: long ? 200 : 20 }),
    canLog ? listOwnAssigneeOptions(ctx) : [],
    getTranslations("activities"),
  ]);
  const vendor = ctx.tenant.name;
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, ...TIMELINE_MESSAGES]}>
      <PageHeader
        title={t("portal.title")}
        description={t("portal.description", { vendor })}
        actions={
          canLog ? (
            <LogActivityDialog
              tenant={ctx.tenant.slug}
              action={logSharedActivityAction}
              subject={{ type: "PARTNER", id: ctx.partnerId }}
              assignees={assignees}
              me={assignees.find((option) => option.self)?.value}
              today={todayIn(ctx.tenant.timeZone)}
              side="partner"
            />
          ) : undefined
        }
      />
      <Card>
        <CardContent className="pt-6">
          <ActivityTimeline
            tenant={ctx.tenant.slug}
            items={timeline.items}
            showVisibility={false}
            accountsBase={`/${ctx.tenant.slug}/portal/accounts`}
            {...(canLog ? { complete: completeOwnTaskAction } : {})}
            empty={{ title: t("portal.empty"), description: t("portal.emptyHint", { vendor }) }}
            more={
              timeline.more && !long ? (
                <Link
                  href={`/${ctx.tenant.slug}/portal/activities?older=1`}
                  className="mt-4 inline-flex rounded text-sm font-medium text-brand-700 hover:underline"
                >
                  {t("timeline.older")}
                </Link>
              ) : null
            }
          />
        </CardContent>
      </Card>
    </ClientMessages>
  );
});
