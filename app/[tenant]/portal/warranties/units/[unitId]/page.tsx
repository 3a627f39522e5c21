import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ClaimStatusBadge } from "@/components/warranties/badges";
import { ClaimForm } from "@/components/warranties/claim-form";
import { CoverageCard } from "@/components/warranties/coverage-card";
import { RegisterForm } from "@/components/warranties/register-form";
import { can } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { ownClaimsPage } from "@/lib/warranties/list";
import { getOwnUnitCoverage } from "@/lib/warranties/read";
import { claimNumberText } from "@/lib/warranties/schema";
import { fileClaimAction, registerSaleAction } from "../../actions";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = partnerMetadata("ownWarranties.read", async ({ ctx, params }) => {
  const t = await getTranslations("warranties.unit");
  return { title: t("title", { serial: (await getOwnUnitCoverage(ctx, params.unitId ?? "")).serial }) };
});

/** One of the partner's units: its coverage and certificate, registering its sale, filing a claim, its claims. */
export default partnerPage("ownWarranties.read", async ({ ctx, params }) => {
  const unit = await getOwnUnitCoverage(ctx, params.unitId);
  const [t, w, claims] = await Promise.all([getTranslations("warranties.unit"), getTranslations("warranties"), ownClaimsPage(ctx, { q: unit.serial })]);
  const base = `/${ctx.tenant.slug}/portal/warranties`;
  const manage = can(ctx, "ownWarranties.manage");
  const open = claims.rows.find((c) => c.status !== "REJECTED" && c.status !== "CLOSED");
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "warranties.register", "warranties.claimForm", "warranties.validation", "files"]}>
      <>
        <PageHeader
          eyebrow={
            <BackLink href={base}>{w("portal.back")}</BackLink>
          }
          title={t("title", { serial: unit.serial })}
        />
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="space-y-6">
            <CoverageCard unit={unit} certificateHref={`${base}/units/${unit.unitId}/certificate`} />
            <Card>
              <CardHeader>
                <CardTitle>{t("claims")}</CardTitle>
              </CardHeader>
              <CardContent>
                {claims.rows.length === 0 ? (
                  <p className="text-sm text-slate-700">{t("noClaims")}</p>
                ) : (
                  <ul className="space-y-2">
                    {claims.rows.map((claim) => (
                      <li key={claim.id} className="flex flex-wrap items-center gap-2 text-sm">
                        <Link href={`${base}/claims/${claim.id}`} className="font-medium text-brand-800 underline-offset-4 hover:underline">
                          {claimNumberText(claim.number)}
                        </Link>
                        <ClaimStatusBadge status={claim.status} />
                      </li>
                    ))}
                  </ul>
                )}
              </CardContent>
            </Card>
          </div>
          <div className="space-y-6">
            {manage && !unit.registration && (
              <Card>
                <CardHeader>
                  <CardTitle>{w("register.title")}</CardTitle>
                  <CardDescription>{w("register.description")}</CardDescription>
                </CardHeader>
                <CardContent>
                  <RegisterForm tenant={ctx.tenant.slug} unitId={unit.unitId} action={registerSaleAction} today={unit.today} locale={ctx.user.locale} />
                </CardContent>
              </Card>
            )}
            {manage && !open && (
              <Card>
                <CardHeader>
                  <CardTitle>{w("claimForm.title")}</CardTitle>
                </CardHeader>
                <CardContent>
                  {unit.coverage.status === "COVERED" ? <ClaimForm tenant={ctx.tenant.slug} unitId={unit.unitId} action={fileClaimAction} /> : <Alert tone="info">{w("claimForm.notCovered")}</Alert>}
                </CardContent>
              </Card>
            )}
          </div>
        </div>
      </>
    </ClientMessages>
  );
});
