import { getTranslations } from "next-intl/server";
import { SubjectTimelineCard } from "@/components/activities/subject-timeline-card";
import type { ServerAction } from "@/lib/http/action-state";
import type { PartnerTabProps } from "./types";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TIMELINE_MESSAGES } from "@/components/activities/messages";

/** Timeline: every call, meeting, e-mail, note and task with this partner and its accounts, newest first. */
export async function TimelineTab({
  ctx,
  partner,
  searchParams,
  actions,
}: PartnerTabProps & { actions: { log: ServerAction; complete: ServerAction } }) {
  const t = await getTranslations("activities.timeline");
  return (
    <ClientMessages namespaces={[...TIMELINE_MESSAGES]}>
      <SubjectTimelineCard
        ctx={ctx}
        subject={{ type: "PARTNER", id: partner.id }}
        description={t("vendorDescription", { partner: partner.name })}
        olderHref={`/${ctx.tenant.slug}/admin/partners/${partner.id}?tab=timeline&older=1`}
        long={searchParams.older === "1"}
        closed={partner.status === "OFFBOARDED"}
        actions={actions}
      />
    </ClientMessages>
  );
}
