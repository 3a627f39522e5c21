import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Award } from "lucide-react";
import { metricValue } from "@/components/programs/metric-format";
import { TierExplanationView } from "@/components/programs/tier-explanation";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { getOwnProgram } from "@/lib/programs/onboarding";

export const generateMetadata = partnerMetadata("ownProgram.read", async () => {
  const t = await getTranslations("programs.portal");
  return { title: t("programTitle") };
});

/** The partner's program: its tier, why, what the next tier needs, and the whole ladder. */
export default partnerPage("ownProgram.read", async ({ ctx }) => {
  const [program, t, metrics, format, locale] = await Promise.all([
    getOwnProgram(ctx),
    getTranslations("programs.portal"),
    getTranslations("programs.metrics"),
    getFormatter(),
    getLocale(),
  ]);
  if (!program) {
    return (
      <>
        <PageHeader title={t("programTitle")} />
        <EmptyState icon={<Award />} title={t("notEnrolled")} description={t("notEnrolledHint", { vendor: ctx.tenant.name })} />
      </>
    );
  }
  return (
    <>
      <PageHeader title={program.program.name} description={program.program.description ?? t("programDescription", { vendor: ctx.tenant.name })} />
      <div className="grid gap-6 xl:grid-cols-3">
        <Card className="min-w-0 xl:col-span-2">
          <CardHeader>
            <CardTitle>
              <span className="flex flex-wrap items-center gap-2">
                {t("yourTier")} <Badge tone="brand">{program.tier?.name ?? t("noTier")}</Badge>
              </span>
            </CardTitle>
            <CardDescription>
              {program.evaluatedAt
                ? t("evaluatedOn", { date: format.dateTime(program.evaluatedAt, { dateStyle: "long", timeZone: ctx.tenant.timeZone }) })
                : t("notEvaluated")}
            </CardDescription>
          </CardHeader>
          <CardContent>
            {program.explanation ? <TierExplanationView explanation={program.explanation} audience="partner" /> : <p className="text-sm text-slate-600">{t("notEvaluated")}</p>}
          </CardContent>
        </Card>
        <div className="grid h-fit min-w-0 gap-6">
          <Card>
            <CardHeader>
              <CardTitle>{t("ladderTitle")}</CardTitle>
              <CardDescription>{t("ladderDescription")}</CardDescription>
            </CardHeader>
            <CardContent>
              <ol className="space-y-3 text-sm">
                {[...program.tiers].reverse().map((tier) => (
                  <li key={tier.id} className={`rounded-lg border p-3 ${program.tier?.id === tier.id ? "border-brand-300 bg-brand-50" : "border-slate-200"}`}>
                    <p className="font-medium text-slate-900">
                      {tier.name}
                      {program.tier?.id === tier.id && <span className="text-brand-800"> · {t("current")}</span>}
                    </p>
                    {tier.description && <p className="text-slate-600">{tier.description}</p>}
                    <ul className="mt-1 text-slate-700">
                      {tier.rules.length === 0 ? (
                        <li>{t("open")}</li>
                      ) : (
                        tier.rules.map((rule) => (
                          <li key={rule.metric}>{t("rule", { metric: metrics(rule.metric), minimum: metricValue(rule.metric, rule.minimum, program.program.currency, locale) })}</li>
                        ))
                      )}
                    </ul>
                  </li>
                ))}
              </ol>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("onboardingTitle")}</CardTitle>
            </CardHeader>
            <CardContent className="space-y-2 text-sm">
              <p className="text-slate-700">{t("onboardingSummary", { done: program.onboarding.done, total: program.onboarding.total })}</p>
              <Link href={`/${ctx.tenant.slug}/portal/onboarding`} className="font-medium text-brand-700 underline-offset-4 hover:underline">
                {program.onboarding.complete ? t("onboardingOpen") : t("onboardingContinue")}
              </Link>
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
});
