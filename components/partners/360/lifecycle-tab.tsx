import { LifecycleCard } from "@/components/lifecycle/lifecycle-card";
import { can } from "@/lib/auth/context";
import type { ServerAction } from "@/lib/http/action-state";
import { availablePartnerTransitions, listPartnerStatusHistory } from "@/lib/partners/lifecycle";
import type { PartnerTabProps } from "./types";
import { ClientMessages } from "@/components/i18n/client-messages";

/** Lifecycle: the partner's status, the changes this person may make (reason required) and the history. */
export async function LifecycleTab({ ctx, partner, actions }: PartnerTabProps & { actions: { change: ServerAction } }) {
  const history = await listPartnerStatusHistory(ctx, partner.id);
  return (
    <ClientMessages namespaces={["lifecycle.change"]}>
      <div className="max-w-3xl">
        <LifecycleCard
          tenant={ctx.tenant.slug}
          partnerId={partner.id}
          status={partner.status}
          timeZone={ctx.tenant.timeZone}
          history={history}
          {...(can(ctx, "partners.manage")
            ? { change: { transitions: availablePartnerTransitions(ctx, partner.status), action: actions.change } }
            : {})}
        />
      </div>
    </ClientMessages>
  );
}
