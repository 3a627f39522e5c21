import Link from "@/components/ui/link";
import { useFormatter, useTranslations } from "next-intl";
import { formatDay } from "@/components/deals/format";
import { BackLink } from "@/components/ui/back-link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { FundSummary } from "@/lib/coop/detail";
import type { DocumentView } from "@/lib/coop/records";
import type { CoopActivityTypeValue } from "@/lib/coop/schema";
import { WaitBadge } from "./badges";
import { DocumentList, Facts, FundCard } from "./facts";

type Fact = [label: string, value: React.ReactNode];

/** What a request and a claim have in common on their back-office pages (lib/coop/detail.ts). */
export type CoopCase = {
  title: string;
  partner: { id: string; name: string };
  activityType: CoopActivityTypeValue;
  startsOn: string;
  endsOn: string;
  currency: string;
  submittedByName: string;
  createdAt: Date;
  decidedByName: string | null;
  documents: DocumentView[];
  fund: FundSummary;
  waitingHours: number | null;
  overdue: boolean;
  targetHours: number;
};

/**
 * The back office's page of one request or claim: its status and wait against the review
 * target, its facts (partner, activity and dates, then the subject's own figures, then who
 * submitted and decided it), the partner's files, the fund it draws on, and — beside them —
 * the decision or payment this person may make now (`next`).
 */
export function CoopCaseView({
  subject,
  base,
  timeZone,
  back,
  status,
  factsTitle,
  notes,
  figures,
  after = [],
  documentsTitle,
  next,
}: {
  subject: CoopCase;
  /** `/{tenant}/admin` */
  base: string;
  timeZone: string;
  back: { href: string; label: string };
  status: React.ReactNode;
  factsTitle: string;
  /** alerts and text above the facts (the last decision's note, the partner's description) */
  notes?: React.ReactNode;
  /** the subject's own facts, between its dates and who submitted it */
  figures: Fact[];
  /** facts after who decided it (how it was paid, its claim) */
  after?: Fact[];
  documentsTitle: string;
  next: React.ReactNode;
}) {
  const t = useTranslations("coopAdmin");
  const format = useFormatter();
  const link = "text-brand-800 underline underline-offset-4";
  return (
    <>
      <PageHeader
        eyebrow={<BackLink href={back.href}>{back.label}</BackLink>}
        title={subject.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {status}
            <WaitBadge hours={subject.waitingHours} overdue={subject.overdue} targetHours={subject.targetHours} />
            <span className="text-sm text-slate-700">{subject.partner.name}</span>
          </span>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <Card>
            <CardHeader>
              <CardTitle>{factsTitle}</CardTitle>
            </CardHeader>
            <CardContent className="space-y-4">
              {notes}
              <Facts
                items={[
                  [t("claim.partner"), <Link key="p" href={`${base}/partners/${subject.partner.id}`} className={link}>{subject.partner.name}</Link>],
                  [t("claim.activity"), t(`activityType.${subject.activityType}`)],
                  [t("claim.dates"), t("claim.dateRange", { start: formatDay(format, subject.startsOn), end: formatDay(format, subject.endsOn) })],
                  ...figures,
                  [t("claim.submittedBy"), `${subject.submittedByName} · ${format.dateTime(subject.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone })}`],
                  ...(subject.decidedByName ? [[t("claim.decidedBy"), subject.decidedByName] as Fact] : []),
                  ...after,
                ]}
              />
            </CardContent>
          </Card>
          <DocumentList documents={subject.documents} fileBase={`${base}/files`} title={documentsTitle} />
          <FundCard fund={subject.fund} currency={subject.currency} href={`${base}/coop/funds/${subject.fund.id}`} />
        </div>
        <Card className="self-start">
          <CardHeader>
            <CardTitle>{t("claim.next")}</CardTitle>
          </CardHeader>
          <CardContent className="space-y-8">{next}</CardContent>
        </Card>
      </div>
    </>
  );
}
