import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { ArrowRight, Mail } from "lucide-react";
import { BreakText } from "@/components/ui/break-text";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ChannelManagerContact, SeatCounts } from "@/lib/partners/types";

const linkClass = "inline-flex items-center gap-1 rounded text-sm font-medium text-brand-700 hover:underline";

/** The partner's person at the vendor: name and e-mail, or a plain word that there is none yet. */
export function ContactCard({ vendor, contact }: { vendor: string; contact: ChannelManagerContact | null }) {
  const t = useTranslations("setup.portal");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("contactTitle", { vendor })}</CardTitle>
        <CardDescription>{t("contactDescription")}</CardDescription>
      </CardHeader>
      <CardContent>
        {contact ? (
          <div className="space-y-1 text-sm">
            <p className="font-semibold text-slate-900">{contact.name}</p>
            <a href={`mailto:${contact.email}`} className={`${linkClass} break-all`}>
              <Mail aria-hidden="true" className="size-4 shrink-0" />
              <BreakText value={contact.email} />
              <span className="sr-only"> ({t("writeTo", { name: contact.name })})</span>
            </a>
          </div>
        ) : (
          <p className="text-sm text-slate-600">{t("noContact", { vendor })}</p>
        )}
      </CardContent>
    </Card>
  );
}

export type NextStep = { key: string; label: string; href: string };

/** "What to do next": a short list of links chosen by the page for this person. */
export function NextStepsCard({ vendor, steps }: { vendor: string; steps: NextStep[] }) {
  const t = useTranslations("setup.portal");
  if (steps.length === 0) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("nextTitle")}</CardTitle>
        <CardDescription>{t("nextDescription", { vendor })}</CardDescription>
      </CardHeader>
      <CardContent>
        <ul role="list" className="space-y-3">
          {steps.map((step) => (
            <li key={step.key}>
              <Link href={step.href} className={linkClass}>
                <ArrowRight aria-hidden="true" className="size-4 shrink-0" />
                {step.label}
              </Link>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}

/** The team in numbers — active and invited apart — with a link to the team page. */
export function TeamCard({ seats, href }: { seats: SeatCounts; href: string }) {
  const t = useTranslations("portal.home.team");
  const counts = useTranslations("team.counts");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>
          {counts("active", { count: seats.active })} · {counts("invited", { count: seats.invited })}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <Link href={href} className={linkClass}>
          {t("link")}
          <ArrowRight aria-hidden="true" className="size-4" />
        </Link>
      </CardContent>
    </Card>
  );
}
