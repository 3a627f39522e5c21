import { randomUUID } from "node:crypto";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { AllocateForm } from "@/components/coop/admin/allocate-form";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { BackLink } from "@/components/ui/back-link";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { coopOptions } from "@/lib/coop/queues";
import { allocateCoopAction } from "../../actions";

export const generateMetadata = vendorMetadata("coop.manage", async () => {
  const t = await getTranslations("coopAdmin.allocate");
  return { title: t("pageTitle") };
});

/** MDF allocation to a partner or a tier, from any active MDF program. */
export default vendorPage("coop.manage", async ({ ctx }) => {
  const [t, options] = await Promise.all([getTranslations("coopAdmin"), coopOptions(ctx)]);
  const base = `/${ctx.tenant.slug}/admin/coop`;
  const programs = options.programs.filter((p) => p.kind === "MDF" && p.active).map((p) => ({ value: p.value, label: p.label, currency: p.currency }));
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "coopAdmin.allocate", "coop.validation"]}>
      <>
        <PageHeader eyebrow={<BackLink href={`${base}/funds`}>{t("funds.back")}</BackLink>} title={t("allocate.pageTitle")} description={t("allocate.description")} />
        {programs.length === 0 ? (
          <EmptyState
            title={t("allocate.noProgram.title")}
            description={t("allocate.noProgram.description")}
            action={
              <Link href={`${base}/programs/new`} className="rounded font-medium text-brand-800 underline underline-offset-4">
                {t("programs.new")}
              </Link>
            }
          />
        ) : (
          <Card>
            <CardContent className="pt-6">
              <AllocateForm tenant={ctx.tenant.slug} action={allocateCoopAction} submissionKey={randomUUID()} programs={programs} partners={options.partners} tiers={options.tiers} />
            </CardContent>
          </Card>
        )}
      </>
    </ClientMessages>
  );
});
