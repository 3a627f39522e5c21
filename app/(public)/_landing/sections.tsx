import {
  Building,
  Check,
  Factory,
  Handshake,
  Languages,
  Lock,
  Map as MapIcon,
  PiggyBank,
  Receipt,
  ScrollText,
  ShoppingCart,
  Store,
  Target,
  TrendingUp,
  Trophy,
  Truck,
  Users,
  Webhook,
  Wrench,
  type LucideIcon,
} from "lucide-react";
import { getTranslations } from "next-intl/server";

/** The landing page's middle sections; every text comes from the `landing` catalog. */

const audiences: [string, LucideIcon][] = [
  ["vendor", Building],
  ["partner", Users],
];
const features: [string, LucideIcon][] = [
  ["lifecycle", Handshake],
  ["incentives", Trophy],
  ["coop", PiggyBank],
  ["deals", Target],
  ["territories", MapIcon],
  ["orders", ShoppingCart],
  ["forecasting", TrendingUp],
  ["pricing", Receipt],
  ["integrations", Webhook],
];
const partnerTypes: [string, LucideIcon][] = [
  ["distributors", Truck],
  ["wholesalers", Store],
  ["vars", Wrench],
  ["oems", Factory],
];
const principles: [string, LucideIcon][] = [
  ["money", ScrollText],
  ["explainable", Check],
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

/** The capabilities grid. */
export async function Features() {
  const t = await getTranslations("landing.features");
  return (
    <section aria-labelledby="features-title" className="py-20">
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <SectionHeading id="features-title" title={t("title")} subtitle={t("subtitle")} />
        <ul className="mt-12 grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
          {features.map(([key, Icon]) => (
            <li key={key}>
              <span
                aria-hidden="true"
                className="flex size-10 items-center justify-center rounded-lg bg-brand-50 text-brand-700 ring-1 ring-brand-100"
              >
                <Icon className="size-5" />
              </span>
              <h3 className="mt-4 font-semibold text-slate-900">{t(`${key}.title`)}</h3>
              <p className="mt-2 text-sm leading-6 text-slate-600">{t(`${key}.description`)}</p>
            </li>
          ))}
        </ul>
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
