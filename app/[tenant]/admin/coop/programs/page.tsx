import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Megaphone } from "lucide-react";
import { CoopSectionNav } from "@/components/coop/admin/nav";
import { ProgramTerms } from "@/components/coop/admin/program-terms";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { listPrograms } from "@/lib/coop/detail";

export const generateMetadata = vendorMetadata("coop.read", async () => {
  const t = await getTranslations("coopAdmin.programs");
  return { title: t("title") };
});

/** Co-op and MDF programs, active first, each with its terms in a sentence. */
export default vendorPage("coop.read", async ({ ctx }) => {
  const [t, programs] = await Promise.all([getTranslations("coopAdmin"), listPrograms(ctx)]);
  const base = `/${ctx.tenant.slug}/admin/coop/programs`;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          can(ctx, "coop.manage") && (
            <Link href={`${base}/new`} className="inline-flex items-center rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800">
              {t("programs.new")}
            </Link>
          )
        }
      />
      <CoopSectionNav tenant={ctx.tenant.slug} current="programs" />
      <h2 className="mb-3 text-lg font-semibold text-slate-900">{t("programs.title")}</h2>
      {programs.length === 0 ? (
        <EmptyState icon={<Megaphone />} title={t("programs.empty.title")} description={t("programs.empty.description")} />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {programs.map((program) => (
            <li key={program.id}>
              <Card className="h-full">
                <CardContent className="space-y-2 pt-6 text-sm">
                  <Link href={`${base}/${program.id}`} className="text-base font-semibold text-brand-800 underline-offset-4 hover:underline">
                    {program.name}
                  </Link>
                  <div className="flex flex-wrap gap-2">
                    <Badge tone="brand">{t(`funds.kinds.${program.kind}`)}</Badge>
                    <Badge tone={program.active ? "success" : "neutral"}>{program.active ? t("programs.active") : t("programs.inactive")}</Badge>
                    {program.requiresPreApproval && <Badge tone="info">{t("programs.preApproval")}</Badge>}
                  </div>
                  <ProgramTerms program={program} />
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
});
