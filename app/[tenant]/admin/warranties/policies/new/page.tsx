import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArrowLeft } from "lucide-react";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { PolicyForm } from "@/components/warranties/policy-form";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { warrantyOptions } from "@/lib/warranties/list";
import { createPolicyAction } from "../../actions";

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
            <Link href={`/${ctx.tenant.slug}/admin/warranties/policies`} className="inline-flex items-center gap-1 rounded font-medium text-brand-700 hover:underline">
              <ArrowLeft aria-hidden="true" className="size-4" />
              {t("backPolicies")}
            </Link>
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
