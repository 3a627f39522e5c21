import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ClipboardCheck } from "lucide-react";
import { ActionButton } from "@/components/programs/action-button";
import { OnboardingProgressView } from "@/components/programs/onboarding-progress";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/context";
import type { ServerAction } from "@/lib/http/action-state";
import { getPartnerProgram } from "@/lib/programs/enrolment";
import type { PartnerTabProps } from "./types";

/**
 * Onboarding: the program's checklist as the partner completes it in its portal (who did
 * each item and when, the agreement version accepted, filed documents to download), and,
 * for a program whose activation is the channel manager's, the button that activates once
 * everything is done.
 */
export async function OnboardingTab({ ctx, partner, actions }: PartnerTabProps & { actions: { activate: ServerAction } }) {
  const [t, view] = await Promise.all([getTranslations("programs.partner"), getPartnerProgram(ctx, partner.id)]);
  const tenant = ctx.tenant.slug;
  if (!view) {
    return (
      <EmptyState
        headingLevel="h3"
        icon={<ClipboardCheck />}
        title={t("notEnrolled")}
        description={t("onboardingNotEnrolled")}
        action={
          <Link href={`/${tenant}/admin/partners/${partner.id}?tab=program`} className={buttonVariants({ variant: "secondary" })}>
            {t("title")}
          </Link>
        }
      />
    );
  }
  const canActivate = can(ctx, "partnerPrograms.manage") && partner.status === "ONBOARDING" && view.onboarding.complete;
  return (
    <Card className="min-w-0 max-w-3xl">
      <CardHeader>
        <CardTitle>{t("onboardingTitle")}</CardTitle>
        <CardDescription>{t("onboardingDescription", { program: view.program.name })}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <OnboardingProgressView progress={view.onboarding} timeZone={ctx.tenant.timeZone} filesPath={`/${tenant}/admin/files`} />
        {canActivate && (
          <ActionButton
            action={actions.activate}
            fields={{ tenant, partnerId: partner.id }}
            label={t("activate")}
            pendingLabel={t("activating")}
            variant="primary"
          />
        )}
      </CardContent>
    </Card>
  );
}
