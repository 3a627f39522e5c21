import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { money } from "@/components/pricing/money";
import { explainCoverage, type CoverageTranslate } from "@/lib/warranties/explain";
import type { ClaimDetail } from "@/lib/warranties/types";
import { ClaimStatusBadge } from "./badges";

/** What a claim says and where it stands: unit, failure, coverage at filing, RMA, outcome, photos. */
export function ClaimFacts({ claim, timeZone, fileBase, partnerHref }: { claim: ClaimDetail; timeZone: string; fileBase: string; partnerHref?: string }) {
  const t = useTranslations("warranties.claim");
  const coverageT = useTranslations("warranties.coverage");
  const format = useFormatter();
  const locale = useLocale();
  const row = (label: string, value: React.ReactNode) =>
    value ? (
      <div className="grid gap-1 sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium text-slate-700">{label}</dt>
        <dd className="break-words text-slate-900">{value}</dd>
      </div>
    ) : null;
  return (
    <Card>
      <CardContent className="space-y-4 pt-6">
        <dl className="space-y-2 text-sm">
          {row(t("unit"), claim.serial)}
          {row(t("partner"), partnerHref ? <a href={partnerHref} className="font-medium text-brand-800 underline-offset-4 hover:underline">{claim.partner.name}</a> : claim.partner.name)}
          {row(t("failure"), claim.failureCode)}
          {row(t("description"), <span className="whitespace-pre-line">{claim.description}</span>)}
          {row(t("filed"), format.dateTime(claim.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone }))}
          {row(t("due"), claim.dueAt ? format.dateTime(claim.dueAt, { dateStyle: "medium", timeStyle: "short", timeZone }) : null)}
          {row(t("coverage"), explainCoverage(coverageT as unknown as CoverageTranslate, locale, claim.coverage))}
          {row(t("rma"), claim.rmaNumber)}
          {row(t("returnInstructions"), claim.returnInstructions && <span className="whitespace-pre-line">{claim.returnInstructions}</span>)}
          {row(t("replacement"), claim.replacement?.serial)}
          {row(
            t("credit"),
            claim.credit && (
              <>
                {money(claim.credit.amountMinor, claim.credit.currency, locale)}
                {claim.credit.creditNoteId && <span className="block text-slate-700">{t("creditNote", { id: claim.credit.creditNoteId })}</span>}
              </>
            ),
          )}
        </dl>
        {claim.photos.length > 0 && (
          <section aria-labelledby="claim-photos">
            <h3 id="claim-photos" className="mb-2 text-sm font-semibold text-slate-900">
              {t("photos")}
            </h3>
            <ul className="flex flex-wrap gap-3">
              {claim.photos.map((photo, i) => (
                <li key={photo.id}>
                  <a href={`${fileBase}/${photo.id}`} className="block rounded focus-visible:outline-2">
                    {/* eslint-disable-next-line @next/next/no-img-element -- a private file behind the session, not an optimisable public asset */}
                    <img src={`${fileBase}/${photo.id}`} alt={t("photo", { n: i + 1 })} className="size-28 rounded border border-slate-200 object-cover" />
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </CardContent>
    </Card>
  );
}

/** The claim's steps, oldest first, with their reasons. */
export function ClaimTimeline({ claim, timeZone }: { claim: ClaimDetail; timeZone: string }) {
  const t = useTranslations("warranties");
  const format = useFormatter();
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("claim.timeline")}</CardTitle>
      </CardHeader>
      <CardContent>
        <ol className="space-y-3">
          {claim.timeline.map((entry, i) => (
            <li key={i} className="border-l-2 border-slate-200 pl-3 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium text-slate-900">{t(`actions.${entry.action}` as "actions.file")}</span>
                <ClaimStatusBadge status={entry.toStatus} />
                <time dateTime={entry.at.toISOString()} className="text-slate-600">
                  {format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short", timeZone })}
                </time>
              </div>
              {entry.reason && <p className="mt-1 whitespace-pre-line text-slate-800">{entry.reason}</p>}
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
