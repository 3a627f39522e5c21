import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ClaimStatusBadge } from "@/components/coop/admin/badges";
import { CoopCaseView } from "@/components/coop/admin/case-view";
import { DecisionForm, type DecisionKind } from "@/components/coop/admin/decision-form";
import { PayForm } from "@/components/coop/admin/pay-form";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
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
  const [claim, t] = await Promise.all([getClaim(ctx, params.coopClaimId), getTranslations("coopAdmin")]);
  const locale = ctx.user.locale as Locale;
  const money = (minor: bigint) => formatMoney(minor, claim.currency, locale);
  const base = `/${ctx.tenant.slug}/admin`;
  const link = "text-brand-800 underline underline-offset-4";
  const decisions = claimMachine
    .available(ctx, claim.status)
    .map((rule) => DECISIONS[rule.action])
    .filter((kind): kind is DecisionKind => Boolean(kind));
  const payable = claim.payment && can(ctx, "coop.pay");
  const paidBy =
    claim.payMethod === "CREDIT_NOTE" && claim.creditNote ? (
      <Link key="cn" href={claim.creditNote.invoiceId ? `${base}/invoices/${claim.creditNote.invoiceId}` : `${base}/invoices/statement?partner=${claim.partner.id}`} className={link}>
        {t(claim.creditNote.invoiceId ? "claim.paidCreditNote" : "claim.paidOnAccount")}
      </Link>
    ) : (
      t("claim.paidPayout", { reference: claim.payoutReference ?? "" })
    );
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "coopAdmin.decide", "coopAdmin.pay", "coop.validation"]}>
      <CoopCaseView
        subject={claim}
        base={base}
        timeZone={ctx.tenant.timeZone}
        back={{ href: `${base}/coop`, label: t("claims.back") }}
        status={<ClaimStatusBadge status={claim.status} />}
        factsTitle={t("claim.facts")}
        notes={claim.reason && <Alert tone={claim.status === "INFO_REQUESTED" ? "warning" : "info"}>{t(claim.status === "INFO_REQUESTED" ? "claim.question" : "claim.lastReason", { reason: claim.reason })}</Alert>}
        figures={[
          [t("claim.actualCost"), money(claim.actualCostMinor)],
          [t("claim.claimed"), money(claim.claimedMinor)],
          [t("claim.shareCap", { percent: claim.fund.maxSharePercent }), money(claim.shareCapMinor)],
          [t("claim.approved"), claim.approvedMinor === null ? "—" : money(claim.approvedMinor)],
          [t("claim.held"), money(claim.heldMinor)],
          [t("claim.request"), claim.request ? <Link key="r" href={`${base}/coop/requests/${claim.request.id}`} className={link}>{claim.request.title}</Link> : t("claim.noRequest")],
        ]}
        after={claim.status === "PAID" ? [[t("claim.paidBy"), paidBy]] : []}
        documentsTitle={t("claim.proof")}
        next={
          <>
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
          </>
        }
      />
    </ClientMessages>
  );
});
