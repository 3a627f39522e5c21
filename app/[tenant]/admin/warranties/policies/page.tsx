import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ScrollText } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { WarrantySectionNav } from "@/components/warranties/section-nav";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { listPolicies } from "@/lib/warranties/policies";

export const generateMetadata = vendorMetadata("warranties.read", async () => {
  const t = await getTranslations("warranties.admin");
  return { title: t("policiesTitle") };
});

/** Standard and customised policies, active first. */
export default vendorPage("warranties.read", async ({ ctx }) => {
  const [t, p, policies] = await Promise.all([getTranslations("warranties.admin"), getTranslations("warranties.policy"), listPolicies(ctx)]);
  const base = `/${ctx.tenant.slug}/admin/warranties/policies`;
  const es = ctx.user.locale === "es";
  return (
    <>
      <PageHeader
        title={t("policiesTitle")}
        description={t("policiesDescription")}
        actions={
          can(ctx, "warranties.configure") && (
            <Link href={`${base}/new`} className="inline-flex items-center rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800">
              {t("newPolicy")}
            </Link>
          )
        }
      />
      <WarrantySectionNav tenant={ctx.tenant.slug} current="policies" />
      {policies.length === 0 ? (
        <EmptyState icon={<ScrollText />} title={t("emptyPolicies.title")} description={t("emptyPolicies.description")} />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {policies.map((policy) => (
            <li key={policy.id}>
              <Card className="h-full">
                <CardContent className="space-y-2 pt-6 text-sm">
                  <Link href={`${base}/${policy.id}`} className="text-base font-semibold text-brand-800 underline-offset-4 hover:underline">
                    {policy.name}
                  </Link>
                  <div className="flex flex-wrap gap-2">
                    <Badge tone={policy.active ? "success" : "neutral"}>{policy.active ? p("active") : p("retired")}</Badge>
                    {policy.partner && <Badge tone="brand">{`${p("customised")}: ${policy.partner.name}`}</Badge>}
                    {policy.passThrough && <Badge tone="info">{p("passedThrough")}</Badge>}
                  </div>
                  <p className="text-slate-800">
                    {[policy.product?.sku ?? (policy.family ? (es ? policy.family.nameEs : policy.family.nameEn) : ""), p("monthsValue", { months: policy.months }), p(`rules.${policy.startRule}`)].join(" · ")}
                  </p>
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
});
