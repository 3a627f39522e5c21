import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { RequestStatusBadge, WaitBadge } from "@/components/coop/admin/badges";
import { DecisionForm, type DecisionKind } from "@/components/coop/admin/decision-form";
import { DocumentList, Facts, FundCard } from "@/components/coop/admin/facts";
import { formatDay } from "@/components/deals/format";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { getRequest } from "@/lib/coop/detail";
import { requestMachine } from "@/lib/coop/lifecycle";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";
import { decideCoopRequestAction } from "../../actions";

export const generateMetadata = vendorMetadata("coop.read", async ({ ctx, params }) => {
  const request = await getRequest(ctx, params.coopRequestId ?? "");
  return { title: `${request.title} · ${request.partner.name}` };
});

const DECISIONS: Record<string, DecisionKind> = { approve: "approve", reject: "reject" };

/** One request for pre-approval: the activity, its co-branded material, the fund's room, and the decision. */
export default vendorPage("coop.read", async ({ ctx, params }) => {
  const [request, t, format] = await Promise.all([getRequest(ctx, params.coopRequestId), getTranslations("coopAdmin"), getFormatter()]);
  const money = (minor: bigint) => formatMoney(minor, request.currency, ctx.user.locale as Locale);
  const base = `/${ctx.tenant.slug}/admin`;
  const decisions = requestMachine
    .available(ctx, request.status)
    .map((rule) => DECISIONS[rule.action])
    .filter((kind): kind is DecisionKind => Boolean(kind));
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "coopAdmin.decide", "coop.validation"]}>
      <>
        <PageHeader
          eyebrow={<BackLink href={`${base}/coop/requests`}>{t("requests.back")}</BackLink>}
          title={request.title}
          description={
            <span className="flex flex-wrap items-center gap-2">
              <RequestStatusBadge status={request.status} />
              <WaitBadge hours={request.waitingHours} overdue={request.overdue} targetHours={request.targetHours} />
              <span className="text-sm text-slate-700">{request.partner.name}</span>
            </span>
          }
        />
        <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <div className="space-y-6">
            <Card>
              <CardHeader>
                <CardTitle>{t("request.facts")}</CardTitle>
              </CardHeader>
              <CardContent className="space-y-4">
                {request.decisionReason && <Alert tone="info">{t("claim.lastReason", { reason: request.decisionReason })}</Alert>}
                {request.description && <p className="text-sm whitespace-pre-line text-slate-800">{request.description}</p>}
                <Facts
                  items={[
                    [t("claim.partner"), <Link key="p" href={`${base}/partners/${request.partner.id}`} className="text-brand-800 underline underline-offset-4">{request.partner.name}</Link>],
                    [t("claim.activity"), t(`activityType.${request.activityType}`)],
                    [t("claim.dates"), t("claim.dateRange", { start: formatDay(format, request.startsOn), end: formatDay(format, request.endsOn) })],
                    [t("request.plannedCost"), money(request.plannedCostMinor)],
                    [t("request.requested"), money(request.requestedMinor)],
                    [t("claim.approved"), request.approvedMinor === null ? "—" : money(request.approvedMinor)],
                    [t("request.reserved"), money(request.reservedMinor)],
                    [t("request.claimDeadline"), request.claimDeadline ? formatDay(format, request.claimDeadline) : "—"],
                    [t("claim.submittedBy"), `${request.submittedByName} · ${format.dateTime(request.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: ctx.tenant.timeZone })}`],
                    ...(request.decidedByName ? [[t("claim.decidedBy"), request.decidedByName] as [string, string]] : []),
                    ...(request.claim ? [[t("request.claim"), <Link key="c" href={`${base}/coop/claims/${request.claim.id}`} className="text-brand-800 underline underline-offset-4">{t(`claimStatus.${request.claim.status}`)}</Link>] as [string, React.ReactNode]] : []),
                  ]}
                />
              </CardContent>
            </Card>
            <DocumentList documents={request.documents} fileBase={`${base}/files`} title={t("request.material")} />
            <FundCard fund={request.fund} currency={request.currency} href={`${base}/coop/funds/${request.fund.id}`} />
          </div>
          <Card className="self-start">
            <CardHeader>
              <CardTitle>{t("claim.next")}</CardTitle>
            </CardHeader>
            <CardContent className="space-y-8">
              {decisions.map((kind) => (
                <DecisionForm key={kind} tenant={ctx.tenant.slug} subject="request" target={{ id: request.id, version: request.version, currency: request.currency }} kind={kind} fullAmount={money(request.requestedMinor)} action={decideCoopRequestAction} />
              ))}
              {decisions.length === 0 && <p className="text-sm text-slate-700">{t(`request.nothing.${request.status}`)}</p>}
            </CardContent>
          </Card>
        </div>
      </>
    </ClientMessages>
  );
});
