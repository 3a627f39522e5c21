import { PartnerProgramSection, type PartnerProgramActions } from "@/components/programs/partner-program-section";
import { can } from "@/lib/auth/context";
import { getPartnerProgram } from "@/lib/programs/enrolment";
import { listProgramOptions } from "@/lib/programs/service";
import type { PartnerTabProps } from "./types";
import { ClientMessages } from "@/components/i18n/client-messages";

/** Program and tier: enrolment, the tier with why and what the next one needs, override, values, history. */
export async function ProgramTab({ ctx, partner, actions }: PartnerTabProps & { actions: PartnerProgramActions }) {
  const offboarded = partner.status === "OFFBOARDED";
  const [view, programs] = await Promise.all([
    getPartnerProgram(ctx, partner.id),
    can(ctx, "partnerPrograms.manage") ? listProgramOptions(ctx) : null,
  ]);
  return (
    <ClientMessages namespaces={["programs.partner", "programs.override", "programs.metrics", "programs.validation"]}>
      <PartnerProgramSection
        tenant={ctx.tenant.slug}
        timeZone={ctx.tenant.timeZone}
        currency={ctx.tenant.currency}
        today={new Date().toLocaleDateString("sv-SE", { timeZone: ctx.tenant.timeZone })}
        partnerId={partner.id}
        view={view}
        programs={programs}
        can={{
          manage: can(ctx, "partnerPrograms.manage") && !offboarded,
          record: can(ctx, "metrics.record") && !offboarded,
        }}
        actions={actions}
      />
    </ClientMessages>
  );
}
