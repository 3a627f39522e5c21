import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CoopRequestStatusBadge } from "@/components/coop/badges";
import { CoopDocuments } from "@/components/coop/documents";
import { Facts } from "@/components/backoffice/facts";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { money } from "@/components/pricing/money";
import { BackLink } from "@/components/ui/back-link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { requestMachine } from "@/lib/coop/lifecycle";
import { getOwnRequest } from "@/lib/coop/portal";
import { cancelCoopRequestAction } from "../../actions";

export const generateMetadata = partnerMetadata("ownCoop.read", async ({ ctx, params }) => ({
  title: (await getOwnRequest(ctx, params.coopRequestId ?? "")).title,
}));

const dayDate = (day: string) => new Date(`${day}T12:00:00Z`);

/** One of the partner's requests: what was asked and decided, its material, its claim or the way to claim, cancel. */
export default partnerPage("ownCoop.read", async ({ ctx, params }) => {
  const [request, t, format, locale] = await Promise.all([
    getOwnRequest(ctx, params.coopRequestId),
    getTranslations("coopPortal"),
    getFormatter(),
    getLocale(),
  ]);
  const base = `/${ctx.tenant.slug}/portal`;
  const day = (value: string) => format.dateTime(dayDate(value), { dateStyle: "medium", timeZone: "UTC" });
  const m = (minor: bigint) => money(minor, request.currency, locale);
  const manage = can(ctx, "ownCoop.manage");
  const cancellable = manage && requestMachine.available(ctx, request.status).some((rule) => rule.to === "CANCELLED");
  return (
    <ClientMessages namespaces={["ui"]}>
      <>
        <PageHeader
          eyebrow={<BackLink href={`${base}/coop/requests`}>{t("requests.backList")}</BackLink>}
          title={t("request.title", { title: request.title })}
          description={<CoopRequestStatusBadge status={request.status} />}
          actions={
            manage && request.claimable ? (
              <Button asChild>
                <Link href={`${base}/coop/claims/new?requestId=${request.id}`}>{t("request.claimIt")}</Link>
              </Button>
            ) : request.claim ? (
              <Button asChild variant="secondary">
                <Link href={`${base}/coop/claims/${request.claim.id}`}>{t("request.claimLink")}</Link>
              </Button>
            ) : undefined
          }
        />
        <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <Card>
            <CardContent className="pt-6">
              <Facts
                items={[
                  {
                    label: t("request.facts.program"),
                    value: (
                      <Link
                        href={`${base}/coop/funds/${request.fundId}`}
                        className="rounded text-brand-800 underline-offset-4 hover:underline"
                      >
                        {request.programName}
                      </Link>
                    ),
                  },
                  { label: t("request.facts.type"), value: t(`activity.${request.activityType}`) },
                  { label: t("request.facts.dates"), value: `${day(request.startsOn)} – ${day(request.endsOn)}` },
                  { label: t("request.facts.plannedCost"), value: m(request.plannedCostMinor) },
                  { label: t("request.facts.requested"), value: m(request.requestedMinor) },
                  ...(request.approvedMinor !== null
                    ? [{ label: t("request.facts.approved"), value: m(request.approvedMinor) }]
                    : []),
                  ...(request.claimDeadline
                    ? [{ label: t("request.facts.deadline"), value: day(request.claimDeadline) }]
                    : []),
                  { label: t("request.facts.submittedBy"), value: request.submittedByName },
                  ...(request.decidedByName
                    ? [{ label: t("request.facts.decidedBy"), value: request.decidedByName }]
                    : []),
                  ...(request.decisionReason
                    ? [{ label: t("request.facts.reason"), value: request.decisionReason }]
                    : []),
                  ...(request.description
                    ? [
                        {
                          label: t("request.facts.description"),
                          value: <span className="whitespace-pre-line">{request.description}</span>,
                        },
                      ]
                    : []),
                ]}
              />
            </CardContent>
          </Card>
          <div className="space-y-6">
            <Card>
              <CardHeader>
                <CardTitle>{t("request.documentsTitle")}</CardTitle>
              </CardHeader>
              <CardContent>
                <CoopDocuments
                  documents={request.documents}
                  fileBase={`${base}/files`}
                  empty={t("request.noDocuments")}
                  timeZone={ctx.tenant.timeZone}
                />
              </CardContent>
            </Card>
            {cancellable && (
              <Card>
                <CardContent className="space-y-2 pt-6">
                  <p className="text-sm text-slate-700" id="cancel-hint">
                    {t("request.cancelHint")}
                  </p>
                  <ActionButtonForm
                    action={cancelCoopRequestAction}
                    fields={{ tenant: ctx.tenant.slug, requestId: request.id, version: String(request.version) }}
                    variant="secondary"
                    aria-describedby="cancel-hint"
                    success={t("request.cancelled")}
                  >
                    {t("request.cancel")}
                  </ActionButtonForm>
                </CardContent>
              </Card>
            )}
          </div>
        </div>
      </>
    </ClientMessages>
  );
});
