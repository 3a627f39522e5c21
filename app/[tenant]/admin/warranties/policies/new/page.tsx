import { getTranslations } from "next-intl/server";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { PolicyForm } from "@/components/warranties/policy-form";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { warrantyOptions } from "@/lib/warranties/list";
import { createPolicyAction } from "../../actions";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = vendorMetadata("warranties.configure", async () => {
  const t = await getTranslations("warranties.admin");
  return { title: t("newPolicyTitle") };
});

export default vendorPage("warranties.configure", async ({ ctx }) => {
  const [t, options] = await Promise.all([getTranslations("warranties.admin"), warrantyOptions(ctx)]);
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "warranties.policy", "warranties.validation", "files"]}>
      <>
        <PageHeader
          eyebrow={
            <BackLink href={`/${ctx.tenant.slug}/admin/warranties/policies`}>{t("backPolicies")}</BackLink>
          }
          title={t("newPolicyTitle")}
        />
        <Card>
          <CardContent className="pt-6">
            <PolicyForm tenant={ctx.tenant.slug} action={createPolicyAction} options={options} />
          </CardContent>
        </Card>
      </>
    </ClientMessages>
  );
});
