import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { RequestStatusBadge } from "@/components/coop/admin/badges";
import { CoopCaseView } from "@/components/coop/admin/case-view";
import { DecisionForm, type DecisionKind } from "@/components/coop/admin/decision-form";
import { formatDay } from "@/components/deals/format";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
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
      <CoopCaseView
        subject={request}
        base={base}
        timeZone={ctx.tenant.timeZone}
        back={{ href: `${base}/coop/requests`, label: t("requests.back") }}
        status={<RequestStatusBadge status={request.status} />}
        factsTitle={t("request.facts")}
        notes={
          <>
            {request.decisionReason && <Alert tone="info">{t("claim.lastReason", { reason: request.decisionReason })}</Alert>}
            {request.description && <p className="text-sm whitespace-pre-line text-slate-800">{request.description}</p>}
          </>
        }
        figures={[
          [t("request.plannedCost"), money(request.plannedCostMinor)],
          [t("request.requested"), money(request.requestedMinor)],
          [t("claim.approved"), request.approvedMinor === null ? "—" : money(request.approvedMinor)],
          [t("request.reserved"), money(request.reservedMinor)],
          [t("request.claimDeadline"), request.claimDeadline ? formatDay(format, request.claimDeadline) : "—"],
        ]}
        after={request.claim ? [[t("request.claim"), <Link key="c" href={`${base}/coop/claims/${request.claim.id}`} className="text-brand-800 underline underline-offset-4">{t(`claimStatus.${request.claim.status}`)}</Link>]] : []}
        documentsTitle={t("request.material")}
        next={
          <>
            {decisions.map((kind) => (
              <DecisionForm key={kind} tenant={ctx.tenant.slug} subject="request" target={{ id: request.id, version: request.version, currency: request.currency }} kind={kind} fullAmount={money(request.requestedMinor)} action={decideCoopRequestAction} />
            ))}
            {decisions.length === 0 && <p className="text-sm text-slate-700">{t(`request.nothing.${request.status}`)}</p>}
          </>
        }
      />
    </ClientMessages>
  );
});
