import { getTranslations } from "next-intl/server";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { PolicyForm } from "@/components/warranties/policy-form";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { warrantyOptions } from "@/lib/warranties/list";
import { getPolicy } from "@/lib/warranties/policies";
import { setPolicyActiveAction, updatePolicyAction } from "../../actions";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = vendorMetadata("warranties.read", async ({ ctx, params }) => ({ title: (await getPolicy(ctx, params.policyId ?? "")).name }));

/** One policy: its facts, retire or restore, and its edit form (coverage terms frozen once units hold it). */
export default vendorPage("warranties.read", async ({ ctx, params }) => {
  const [policy, t, p, options] = await Promise.all([getPolicy(ctx, params.policyId), getTranslations("warranties.admin"), getTranslations("warranties.policy"), warrantyOptions(ctx)]);
  const configure = can(ctx, "warranties.configure");
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "warranties.policy", "warranties.validation", "files"]}>
      <>
        <PageHeader
          eyebrow={
            <BackLink href={`/${ctx.tenant.slug}/admin/warranties/policies`}>{t("backPolicies")}</BackLink>
          }
          title={policy.name}
          description={
            <span className="flex flex-wrap gap-2">
              <Badge tone={policy.active ? "success" : "neutral"}>{policy.active ? p("active") : p("retired")}</Badge>
              {policy.partner && <Badge tone="brand">{`${p("customised")}: ${policy.partner.name}`}</Badge>}
              {policy.passThrough && <Badge tone="info">{p("passedThrough")}</Badge>}
              <span className="text-sm text-slate-700">{`${p("units")}: ${policy.units}`}</span>
            </span>
          }
          actions={
            configure && (
              <ActionButtonForm
                action={setPolicyActiveAction}
                variant="secondary"
                fields={{ tenant: ctx.tenant.slug, policyId: policy.id, version: String(policy.version), active: policy.active ? "false" : "true" }}
                pendingText={p("retiring")}
                success={policy.active ? p("retiredDone") : p("restoredDone")}
              >
                {policy.active ? p("retire") : p("restore")}
              </ActionButtonForm>
            )
          }
        />
        {configure ? (
          <Card>
            <CardHeader>
              <CardTitle>{p("edit")}</CardTitle>
            </CardHeader>
            <CardContent className="space-y-4">
              {policy.units > 0 && <Alert tone="info">{p("frozen", { count: policy.units })}</Alert>}
              <PolicyForm tenant={ctx.tenant.slug} action={updatePolicyAction} options={options} policy={policy} />
            </CardContent>
          </Card>
        ) : (
          <Card>
            <CardContent className="space-y-2 pt-6 text-sm">
              <p>{[p("monthsValue", { months: policy.months }), p(`rules.${policy.startRule}`)].join(" · ")}</p>
              {policy.termsEn && <p className="whitespace-pre-line">{ctx.user.locale === "es" ? (policy.termsEs ?? policy.termsEn) : policy.termsEn}</p>}
            </CardContent>
          </Card>
        )}
      </>
    </ClientMessages>
  );
});
