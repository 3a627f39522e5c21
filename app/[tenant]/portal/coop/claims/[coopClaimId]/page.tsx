import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AnswerForm } from "@/components/coop/answer-form";
import { CoopClaimStatusBadge } from "@/components/coop/badges";
import { CoopDocuments } from "@/components/coop/documents";
import { Facts } from "@/components/backoffice/facts";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { money } from "@/components/pricing/money";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { claimMachine } from "@/lib/coop/lifecycle";
import { getOwnClaim } from "@/lib/coop/portal";
import { answerCoopClaimAction } from "../../actions";

export const generateMetadata = partnerMetadata("ownCoop.read", async ({ ctx, params }) => ({
  title: (await getOwnClaim(ctx, params.coopClaimId ?? "")).title,
}));

const dayDate = (day: string) => new Date(`${day}T12:00:00Z`);
const link = "rounded text-brand-800 underline-offset-4 hover:underline";

/** One of the partner's claims: amounts, proofs, the reviewer's note or question (answered here), and how it was paid. */
export default partnerPage("ownCoop.read", async ({ ctx, params }) => {
  const [claim, t, format, locale] = await Promise.all([
    getOwnClaim(ctx, params.coopClaimId),
    getTranslations("coopPortal"),
    getFormatter(),
    getLocale(),
  ]);
  const base = `/${ctx.tenant.slug}/portal`;
  const day = (value: string) => format.dateTime(dayDate(value), { dateStyle: "medium", timeZone: "UTC" });
  const m = (minor: bigint) => money(minor, claim.currency, locale);
  const canAnswer = claimMachine.available(ctx, claim.status).some((rule) => rule.action === "answer");
  const paid =
    claim.status !== "PAID" ? null : claim.creditNote ? (
      claim.creditNote.invoiceId ? (
        <Link href={`${base}/invoices/${claim.creditNote.invoiceId}`} className={link}>
          {t("claim.facts.creditNote", { note: claim.creditNote.number, invoice: claim.creditNote.invoiceNumber ?? "" })}
        </Link>
      ) : (
        <Link href={`${base}/invoices/statement`} className={link}>
          {t("claim.facts.creditOnAccount", { note: claim.creditNote.number })}
        </Link>
      )
    ) : (
      t("claim.facts.payout", { reference: claim.payoutReference ?? "" })
    );
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "files", "coop.validation", "coopPortal.claim"]}>
      <>
        <PageHeader
          eyebrow={<BackLink href={`${base}/coop/claims`}>{t("claims.backList")}</BackLink>}
          title={t("claim.title", { title: claim.title })}
          description={<CoopClaimStatusBadge status={claim.status} />}
        />
        {claim.status === "INFO_REQUESTED" && claim.reason && (
          <Alert tone="warning" className="mb-6">
            {t("claim.question", { question: claim.reason })}
          </Alert>
        )}
        <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <Card>
            <CardContent className="pt-6">
              <Facts
                items={[
                  {
                    label: t("claim.facts.program"),
                    value: (
                      <Link href={`${base}/coop/funds/${claim.fundId}`} className={link}>
                        {claim.programName}
                      </Link>
                    ),
                  },
                  ...(claim.request
                    ? [
                        {
                          label: t("claim.facts.request"),
                          value: (
                            <Link href={`${base}/coop/requests/${claim.request.id}`} className={link}>
                              {claim.request.title}
                            </Link>
                          ),
                        },
                      ]
                    : []),
                  { label: t("claim.facts.type"), value: t(`activity.${claim.activityType}`) },
                  { label: t("claim.facts.dates"), value: `${day(claim.startsOn)} – ${day(claim.endsOn)}` },
                  { label: t("claim.facts.actualCost"), value: m(claim.actualCostMinor) },
                  { label: t("claim.facts.claimed"), value: m(claim.claimedMinor) },
                  ...(claim.approvedMinor !== null
                    ? [{ label: t("claim.facts.approved"), value: m(claim.approvedMinor) }]
                    : []),
                  ...(paid ? [{ label: t("claim.facts.paid"), value: paid }] : []),
                  { label: t("claim.facts.submittedBy"), value: claim.submittedByName },
                  ...(claim.reason && claim.status !== "INFO_REQUESTED"
                    ? [{ label: t("claim.facts.reason"), value: claim.reason }]
                    : []),
                ]}
              />
            </CardContent>
          </Card>
          <div className="space-y-6">
            <Card>
              <CardHeader>
                <CardTitle>{t("claim.proofsTitle")}</CardTitle>
              </CardHeader>
              <CardContent>
                <CoopDocuments
                  documents={claim.documents}
                  fileBase={`${base}/files`}
                  empty="—"
                  timeZone={ctx.tenant.timeZone}
                />
              </CardContent>
            </Card>
            {canAnswer && (
              <Card>
                <CardContent className="pt-6">
                  <AnswerForm
                    tenant={ctx.tenant.slug}
                    claim={{ id: claim.id, version: claim.version }}
                    action={answerCoopClaimAction}
                  />
                </CardContent>
              </Card>
            )}
          </div>
        </div>
      </>
    </ClientMessages>
  );
});
