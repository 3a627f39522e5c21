import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClaimStatusBadge, WaitBadge } from "@/components/coop/admin/badges";
import { DecisionForm, type DecisionKind } from "@/components/coop/admin/decision-form";
import { DocumentList, Facts, FundCard } from "@/components/coop/admin/facts";
import { PayForm } from "@/components/coop/admin/pay-form";
import { formatDay } from "@/components/deals/format";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { getClaim } from "@/lib/coop/detail";
import { claimMachine } from "@/lib/coop/lifecycle";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";
import { decideCoopClaimAction, payCoopClaimAction } from "../../actions";

export const generateMetadata = vendorMetadata("coop.read", async ({ ctx, params }) => {
  const claim = await getClaim(ctx, params.coopClaimId ?? "");
  return { title: `${claim.title} · ${claim.partner.name}` };
});

const DECISIONS: Record<string, DecisionKind> = { approve: "approve", askInfo: "askInfo", reject: "reject" };

/** One claim: its facts and proof, the fund it draws on, and the decision or payment this person may make now. */
export default vendorPage("coop.read", async ({ ctx, params }) => {
  const [claim, t, format] = await Promise.all([getClaim(ctx, params.coopClaimId), getTranslations("coopAdmin"), getFormatter()]);
  const locale = ctx.user.locale as Locale;
  const money = (minor: bigint) => formatMoney(minor, claim.currency, locale);
  const base = `/${ctx.tenant.slug}/admin`;
  const decisions = claimMachine
    .available(ctx, claim.status)
    .map((rule) => DECISIONS[rule.action])
    .filter((kind): kind is DecisionKind => Boolean(kind));
  const payable = claim.payment && can(ctx, "coop.pay");
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "coopAdmin.decide", "coopAdmin.pay", "coop.validation"]}>
      <>
        <PageHeader
          eyebrow={<BackLink href={`${base}/coop`}>{t("claims.back")}</BackLink>}
          title={claim.title}
          description={
            <span className="flex flex-wrap items-center gap-2">
              <ClaimStatusBadge status={claim.status} />
              <WaitBadge hours={claim.waitingHours} overdue={claim.overdue} targetHours={claim.targetHours} />
              <span className="text-sm text-slate-700">{claim.partner.name}</span>
            </span>
          }
        />
        <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <div className="space-y-6">
            <Card>
              <CardHeader>
                <CardTitle>{t("claim.facts")}</CardTitle>
              </CardHeader>
              <CardContent className="space-y-4">
                {claim.reason && (
                  <Alert tone={claim.status === "INFO_REQUESTED" ? "warning" : "info"}>{t(claim.status === "INFO_REQUESTED" ? "claim.question" : "claim.lastReason", { reason: claim.reason })}</Alert>
                )}
                <Facts
                  items={[
                    [t("claim.partner"), <Link key="p" href={`${base}/partners/${claim.partner.id}`} className="text-brand-800 underline underline-offset-4">{claim.partner.name}</Link>],
                    [t("claim.activity"), t(`activityType.${claim.activityType}`)],
                    [t("claim.dates"), t("claim.dateRange", { start: formatDay(format, claim.startsOn), end: formatDay(format, claim.endsOn) })],
                    [t("claim.actualCost"), money(claim.actualCostMinor)],
                    [t("claim.claimed"), money(claim.claimedMinor)],
                    [t("claim.shareCap", { percent: claim.fund.maxSharePercent }), money(claim.shareCapMinor)],
                    [t("claim.approved"), claim.approvedMinor === null ? "—" : money(claim.approvedMinor)],
                    [t("claim.held"), money(claim.heldMinor)],
                    [t("claim.request"), claim.request ? <Link key="r" href={`${base}/coop/requests/${claim.request.id}`} className="text-brand-800 underline underline-offset-4">{claim.request.title}</Link> : t("claim.noRequest")],
                    [t("claim.submittedBy"), `${claim.submittedByName} · ${format.dateTime(claim.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: ctx.tenant.timeZone })}`],
                    ...(claim.decidedByName ? [[t("claim.decidedBy"), claim.decidedByName] as [string, string]] : []),
                    ...(claim.status === "PAID"
                      ? [
                          [
                            t("claim.paidBy"),
                            claim.payMethod === "CREDIT_NOTE" && claim.creditNote ? (
                              <Link
                                key="cn"
                                href={claim.creditNote.invoiceId ? `${base}/invoices/${claim.creditNote.invoiceId}` : `${base}/invoices/statement?partner=${claim.partner.id}`} className="text-brand-800 underline underline-offset-4">
                                {t(claim.creditNote.invoiceId ? "claim.paidCreditNote" : "claim.paidOnAccount")}
                              </Link>
                            ) : (
                              t("claim.paidPayout", { reference: claim.payoutReference ?? "" })
                            ),
                          ] as [string, React.ReactNode],
                        ]
                      : []),
                  ]}
                />
              </CardContent>
            </Card>
            <DocumentList documents={claim.documents} fileBase={`${base}/files`} title={t("claim.proof")} />
            <FundCard fund={claim.fund} currency={claim.currency} href={`${base}/coop/funds/${claim.fund.id}`} />
          </div>
          <Card className="self-start">
            <CardHeader>
              <CardTitle>{t("claim.next")}</CardTitle>
            </CardHeader>
            <CardContent className="space-y-8">
              {decisions.map((kind) => (
                <DecisionForm key={kind} tenant={ctx.tenant.slug} subject="claim" target={{ id: claim.id, version: claim.version, currency: claim.currency }} kind={kind} fullAmount={money(claim.claimedMinor)} action={decideCoopClaimAction} />
              ))}
              {payable && claim.payment && claim.approvedMinor !== null && (
                <PayForm
                  tenant={ctx.tenant.slug}
                  claim={{ id: claim.id, version: claim.version }}
                  amount={money(claim.approvedMinor)}
                  invoices={claim.payment.creditNote.invoices.map((i) => ({ invoiceId: i.invoiceId, number: i.number, balance: money(i.balanceMinor), after: money(i.balanceMinor - claim.approvedMinor!) }))}
                  payout={claim.payment.payout}
                  action={payCoopClaimAction}
                />
              )}
              {decisions.length === 0 && !payable && <p className="text-sm text-slate-700">{t(`claim.nothing.${claim.status}`)}</p>}
            </CardContent>
          </Card>
        </div>
      </>
    </ClientMessages>
  );
});
