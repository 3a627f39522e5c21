import { getTranslations } from "next-intl/server";
import { ProgramForm } from "@/components/coop/admin/program-form";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { BackLink } from "@/components/ui/back-link";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { coopOptions } from "@/lib/coop/queues";
import { createCoopProgramAction } from "../../actions";

export const generateMetadata = vendorMetadata("coop.manage", async () => {
  const t = await getTranslations("coopAdmin.programs");
  return { title: t("newTitle") };
});

export default vendorPage("coop.manage", async ({ ctx }) => {
  const [t, options] = await Promise.all([getTranslations("coopAdmin.programs"), coopOptions(ctx)]);
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "coopAdmin.programForm", "coopAdmin.activityType", "coop.validation"]}>
      <>
        <PageHeader eyebrow={<BackLink href={`/${ctx.tenant.slug}/admin/coop/programs`}>{t("back")}</BackLink>} title={t("newTitle")} />
        <Card>
          <CardContent className="pt-6">
            <ProgramForm tenant={ctx.tenant.slug} action={createCoopProgramAction} currency={ctx.tenant.currency} options={options} />
          </CardContent>
        </Card>
      </>
    </ClientMessages>
  );
});
