import {
  Building,
  Check,
  Factory,
  History,
  Languages,
  Lock,
  Smartphone,
  Store,
  Truck,
  Users,
  Wrench,
  type LucideIcon,
} from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { AVAILABLE, ROADMAP, type Capability } from "./capabilities";

/** The landing page's middle sections; every text comes from the `landing` catalog. */

const audiences: [string, LucideIcon][] = [
  ["vendor", Building],
  ["partner", Users],
];
const partnerTypes: [string, LucideIcon][] = [
  ["distributors", Truck],
  ["wholesalers", Store],
  ["vars", Wrench],
  ["oems", Factory],
];
const principles: [string, LucideIcon][] = [
  ["audit", History],
  ["mobile", Smartphone],
  ["languages", Languages],
  ["isolation", Lock],
];

function SectionHeading({ id, title, subtitle }: { id: string; title: string; subtitle: string }) {
  return (
    <div className="max-w-2xl">
      <h2 id={id} className="text-3xl font-semibold tracking-tight text-balance text-slate-950 sm:text-4xl">
        {title}
      </h2>
      <p className="mt-4 text-lg text-pretty text-slate-600">{subtitle}</p>
    </div>
  );
}

/** Back office for the vendor's team, portal for every partner. */
export async function Audiences() {
  const t = await getTranslations("landing.audiences");
  return (
    <section aria-labelledby="audiences-title" className="border-y border-slate-200 bg-slate-50 py-20">
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <SectionHeading id="audiences-title" title={t("title")} subtitle={t("subtitle")} />
        <div className="mt-12 grid gap-6 md:grid-cols-2">
          {audiences.map(([key, Icon]) => (
            <div key={key} className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
              <Icon aria-hidden="true" className="size-8 text-brand-700" />
              <h3 className="mt-4 text-xl font-semibold text-slate-900">{t(`${key}.title`)}</h3>
              <p className="mt-1 text-slate-600">{t(`${key}.description`)}</p>
              <ul className="mt-6 space-y-3">
                {["point1", "point2", "point3"].map((point) => (
                  <li key={point} className="flex gap-3 text-slate-700">
                    <Check aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-brand-700" />
                    <span>{t(`${key}.${point}`)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </div>
    </section>
  );
}

function CapabilityGrid({ items, roadmapLabel }: { items: Capability[]; roadmapLabel?: string }) {
  return (
    <ul className="mt-10 grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
      {items.map(({ key, icon: Icon }) => (
        <CapabilityItem key={key} name={key} Icon={Icon} roadmapLabel={roadmapLabel} />
      ))}
    </ul>
  );
}

async function CapabilityItem({ name, Icon, roadmapLabel }: { name: string; Icon: LucideIcon; roadmapLabel?: string }) {
  const t = await getTranslations("landing.features");
  return (
    <li>
      <span
        aria-hidden="true"
        className="flex size-10 items-center justify-center rounded-lg bg-brand-50 text-brand-700 ring-1 ring-brand-100"
      >
        <Icon className="size-5" />
      </span>
      <h3 className="mt-4 flex flex-wrap items-center gap-2 font-semibold text-slate-900">
        {t(`${name}.title`)}
        {roadmapLabel && <Badge tone="neutral">{roadmapLabel}</Badge>}
      </h3>
      <p className="mt-2 text-sm leading-6 text-slate-600">{t(`${name}.description`)}</p>
    </li>
  );
}

/** What works today, then the roadmap, clearly apart (app/(public)/_landing/capabilities.ts). */
export async function Features() {
  const t = await getTranslations("landing.features");
  return (
    <section aria-labelledby="features-title" className="py-20">
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <SectionHeading id="features-title" title={t("title")} subtitle={t("subtitle")} />
        <CapabilityGrid items={AVAILABLE} />
        <div className="mt-20 max-w-2xl">
          <h2 id="roadmap-title" className="text-2xl font-semibold tracking-tight text-balance text-slate-950">
            {t("roadmapTitle")}
          </h2>
          <p className="mt-3 text-pretty text-slate-600">{t("roadmapSubtitle")}</p>
        </div>
        <CapabilityGrid items={ROADMAP} roadmapLabel={t("roadmapBadge")} />
      </div>
    </section>
  );
}

/** Partner types and the product's principles, on a dark band. */
export async function Channel() {
  const t = await getTranslations("landing");
  return (
    <section aria-labelledby="partners-title" className="bg-slate-950 py-20 text-white">
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <h2 id="partners-title" className="text-3xl font-semibold tracking-tight text-balance">
          {t("partners.title")}
        </h2>
        <p className="mt-4 max-w-2xl text-lg text-pretty text-slate-300">{t("partners.subtitle")}</p>
        <ul className="mt-10 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
          {partnerTypes.map(([key, Icon]) => (
            <li key={key} className="rounded-2xl bg-white/5 p-6 ring-1 ring-white/10">
              <Icon aria-hidden="true" className="size-6 text-brand-300" />
              <h3 className="mt-4 font-semibold">{t(`partners.${key}.name`)}</h3>
              <p className="mt-2 text-sm leading-6 text-slate-300">{t(`partners.${key}.description`)}</p>
            </li>
          ))}
        </ul>
        <h2 className="mt-20 text-3xl font-semibold tracking-tight text-balance">{t("principles.title")}</h2>
        <ul className="mt-10 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
          {principles.map(([key, Icon]) => (
            <li key={key}>
              <Icon aria-hidden="true" className="size-6 text-brand-300" />
              <h3 className="mt-3 font-semibold">{t(`principles.${key}.title`)}</h3>
              <p className="mt-2 text-sm leading-6 text-slate-300">{t(`principles.${key}.description`)}</p>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
