import { randomUUID } from "node:crypto";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { AllocateForm } from "@/components/coop/admin/allocate-form";
import { ProgramForm } from "@/components/coop/admin/program-form";
import { ProgramTerms } from "@/components/coop/admin/program-terms";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { getProgram } from "@/lib/coop/detail";
import { coopOptions } from "@/lib/coop/queues";
import { allocateCoopAction, updateCoopProgramAction } from "../../actions";

export const generateMetadata = vendorMetadata("coop.read", async ({ ctx, params }) => ({ title: (await getProgram(ctx, params.coopProgramId ?? "")).name }));

/** One program: its terms, its funds, MDF allocation, and the edit form. */
export default vendorPage("coop.read", async ({ ctx, params }) => {
  const [program, t, options] = await Promise.all([getProgram(ctx, params.coopProgramId), getTranslations("coopAdmin"), coopOptions(ctx)]);
  const manage = can(ctx, "coop.manage");
  const base = `/${ctx.tenant.slug}/admin/coop`;
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "coopAdmin.programForm", "coopAdmin.activityType", "coopAdmin.allocate", "coop.validation"]}>
      <>
        <PageHeader
          eyebrow={<BackLink href={`${base}/programs`}>{t("programs.back")}</BackLink>}
          title={program.name}
          description={
            <span className="flex flex-wrap items-center gap-2">
              <Badge tone="brand">{t(`funds.kinds.${program.kind}`)}</Badge>
              <Badge tone={program.active ? "success" : "neutral"}>{program.active ? t("programs.active") : t("programs.inactive")}</Badge>
              <Link href={`${base}/funds?program=${program.id}`} className="text-sm font-medium text-brand-800 underline underline-offset-4">
                {t("programs.funds", { count: program.funds })}
              </Link>
            </span>
          }
        />
        <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <Card>
            <CardHeader>
              <CardTitle>{t("programs.terms")}</CardTitle>
            </CardHeader>
            <CardContent className="text-sm">
              <ProgramTerms program={program} />
            </CardContent>
          </Card>
          {manage && program.kind === "MDF" && program.active && (
            <Card className="self-start">
              <CardContent className="pt-6">
                <AllocateForm tenant={ctx.tenant.slug} action={allocateCoopAction} submissionKey={randomUUID()} programs={[{ value: program.id, label: program.name, currency: program.currency }]} partners={options.partners} tiers={options.tiers} programId={program.id} />
              </CardContent>
            </Card>
          )}
        </div>
        {manage && (
          <Card className="mt-6">
            <CardHeader>
              <CardTitle>{t("programs.edit")}</CardTitle>
            </CardHeader>
            <CardContent>
              <ProgramForm tenant={ctx.tenant.slug} action={updateCoopProgramAction} currency={program.currency} options={options} program={program} />
            </CardContent>
          </Card>
        )}
      </>
    </ClientMessages>
  );
});
