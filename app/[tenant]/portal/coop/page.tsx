import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Megaphone } from "lucide-react";
import { BalanceFigures } from "@/components/coop/balance-figures";
import { ExpirySection } from "@/components/coop/expiry-section";
import { FundCards } from "@/components/coop/fund-cards";
import { HintList } from "@/components/coop/hint-list";
import { CoopSectionNav } from "@/components/coop/section-nav";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Suspense } from "react";
import { PageSkeleton } from "@/components/backoffice/page-skeleton";
import { can, type PartnerCtx } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { ZERO_BALANCE, type FundBalance } from "@/lib/coop/balances";
import { ownCoopHints } from "@/lib/coop/hint";
import { ownCoopChoices } from "@/lib/coop/portal";
import { listOwnFunds } from "@/lib/coop/read";

export const generateMetadata = partnerMetadata("ownCoop.read", async () => {
  const t = await getTranslations("coopPortal");
  return { title: t("title") };
});

function add(a: FundBalance, b: FundBalance): FundBalance {
  return {
    earnedMinor: a.earnedMinor + b.earnedMinor,
    reservedMinor: a.reservedMinor + b.reservedMinor,
    claimedMinor: a.claimedMinor + b.claimedMinor,
    paidMinor: a.paidMinor + b.paidMinor,
    expiredMinor: a.expiredMinor + b.expiredMinor,
    availableMinor: a.availableMinor + b.availableMinor,
  };
}

/** The partner's co-op and MDF: totals, what expires when, how to earn more, and each fund. */
export default partnerPage("ownCoop.read", async ({ ctx }) => {
  const t = await getTranslations("coopPortal");
  // The figures stream in behind the page's shape (no loading.tsx here: it would sit above the [id] pages).
  return (
    <Suspense fallback={<PageSkeleton label={t("loading")} cards={4} />}>
      <Overview ctx={ctx} />
    </Suspense>
  );
});

async function Overview({ ctx }: { ctx: PartnerCtx }) {
  const [t, funds, hints, choices] = await Promise.all([
    getTranslations("coopPortal"),
    listOwnFunds(ctx),
    ownCoopHints(ctx),
    ownCoopChoices(ctx),
  ]);
  const base = `/${ctx.tenant.slug}/portal/coop`;
  const today = choices.today;
  const totals = new Map<string, { balance: FundBalance; soon: bigint }>();
  for (const fund of funds.filter((f) => f.expiresOn > today)) {
    const sum = totals.get(fund.currency) ?? { balance: ZERO_BALANCE, soon: 0n };
    totals.set(fund.currency, { balance: add(sum.balance, fund.balance), soon: sum.soon + fund.expiringSoonMinor });
  }
  const manage = can(ctx, "ownCoop.manage");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { vendor: ctx.tenant.name })}
        actions={
          manage && (choices.funds.length > 0 || choices.requests.length > 0) ? (
            <>
              <Button asChild variant="secondary">
                <Link href={`${base}/requests/new`}>{t("overview.requestActivity")}</Link>
              </Button>
              <Button asChild>
                <Link href={`${base}/claims/new`}>{t("overview.submitClaim")}</Link>
              </Button>
            </>
          ) : undefined
        }
      />
      <CoopSectionNav tenant={ctx.tenant.slug} current="overview" />
      {!manage && funds.length > 0 && <p className="mb-4 text-sm text-slate-700">{t("overview.readOnly")}</p>}
      {funds.length === 0 ? (
        <EmptyState
          icon={<Megaphone />}
          title={t("overview.noFunds.title")}
          description={t("overview.noFunds.description", { vendor: ctx.tenant.name })}
        />
      ) : (
        <div className="space-y-6">
          {[...totals].map(([currency, sum]) => (
            <section key={currency} aria-labelledby={`totals-${currency}`} className="space-y-3">
              <h2 id={`totals-${currency}`} className="text-lg font-semibold text-slate-900">
                {t("overview.totalsTitle")} ({currency})
              </h2>
              <p className="text-sm text-slate-700">{t("overview.totalsDescription")}</p>
              <BalanceFigures balance={sum.balance} expiringSoonMinor={sum.soon} currency={currency} />
            </section>
          ))}
          <div className="grid gap-6 lg:grid-cols-2">
            <Card className="min-w-0">
              <CardHeader>
                <CardTitle>{t("expiry.title")}</CardTitle>
                <CardDescription>{t("expiry.description")}</CardDescription>
              </CardHeader>
              <CardContent>
                <ExpirySection funds={funds} requests={choices.requests} today={today} base={base} />
              </CardContent>
            </Card>
            <Card className="min-w-0">
              <CardHeader>
                <CardTitle>{t("hint.title")}</CardTitle>
                <CardDescription>{t("hint.description")}</CardDescription>
              </CardHeader>
              <CardContent>
                <HintList hints={hints} />
              </CardContent>
            </Card>
          </div>
          <section aria-labelledby="funds" className="space-y-3">
            <h2 id="funds" className="text-lg font-semibold text-slate-900">
              {t("overview.fundsTitle")}
            </h2>
            <p className="text-sm text-slate-700">{t("overview.fundsDescription")}</p>
            <FundCards funds={funds} today={today} base={base} />
          </section>
        </div>
      )}
    </>
  );
}
