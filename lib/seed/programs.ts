import "server-only";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { withScope } from "@/lib/db/scope";
import { scopeOf } from "@/lib/auth/context";
import { createOnboardingItem, publishAgreement } from "@/lib/programs/checklist";
import { enrolPartner, overrideTier, recordMetric } from "@/lib/programs/enrolment";
import type { ProgramMetricValue } from "@/lib/programs/metric-names";
import { acceptAgreement, saveBilling, submitCertification } from "@/lib/programs/onboarding";
import { createProgram, createTier } from "@/lib/programs/service";
import type { OnboardingItemKindValue, ProgramActivationValue } from "@/lib/programs/types";

/**
 * Demo programs (lib/seed/demo.ts calls this once per tenant, through the services):
 * Reseller and Distribution programs with Registered/Silver/Gold/Platinum tiers in Acme
 * (English, USD), Distribuidores and Revendedores in Globex (Spanish, EUR), partners at
 * several tiers — one by the rules with values recorded over the last year, one held by an
 * override with a reason — and at several onboarding stages: complete and activated,
 * half-way, and not started.
 */

type TierSpec = { name: string; description?: string; rules: { REVENUE_T12M?: string; CERTIFIED_PEOPLE?: string; WON_DEALS_T12M?: string } };
type ProgramSpec = {
  name: string;
  description: string;
  activation: ProgramActivationValue;
  tiers: TierSpec[];
  items: { kind: OnboardingItemKindValue; title: string; description?: string }[];
  agreement: { en?: { title: string; body: string }; es?: { title: string; body: string } };
};

const none = { title: "", body: "" };

/** A demo workspace's admin, and how to act as one of its partner users (by e-mail). */
export type DemoPrograms = { ctx: VendorCtx; partnerCtx: (email: string) => Promise<PartnerCtx> };

async function makeProgram(ctx: VendorCtx, spec: ProgramSpec) {
  const program = await createProgram(ctx, { name: spec.name, description: spec.description, activation: spec.activation });
  const tiers: Record<string, string> = {};
  for (const tier of spec.tiers) {
    const rules = { REVENUE_T12M: "", CERTIFIED_PEOPLE: "", WON_DEALS_T12M: "", ...tier.rules };
    tiers[tier.name] = (await createTier(ctx, { programId: program.id, name: tier.name, description: tier.description ?? null, rules })).id;
  }
  const items: Record<string, string> = {};
  for (const item of spec.items) {
    items[item.kind] = (await createOnboardingItem(ctx, { programId: program.id, kind: item.kind, title: item.title, description: item.description ?? null })).id;
  }
  const agreement = await publishAgreement(ctx, { programId: program.id, en: spec.agreement.en ?? none, es: spec.agreement.es ?? none });
  return { id: program.id, tiers, items, agreementId: agreement.id };
}

/** The YYYY-MM-DD `monthsAgo` months before today, at the end of that month. */
function monthEnd(monthsAgo: number): { start: string; end: string } {
  const now = new Date();
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo + 1, 0));
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  return { start: iso(start), end: iso(end) };
}

/**
 * Revenue of the last two half-years, the deals won over the year, and today's certified
 * people: a few values per partner, as a channel manager would copy them from reports.
 */
async function recordYear(
  ctx: VendorCtx,
  partnerId: string,
  values: { revenuePerHalf: string; dealsPerYear: string; certified: string },
) {
  const record = (metric: ProgramMetricValue, value: string, period: { start: string; end: string }) =>
    recordMetric(ctx, { partnerId, metric, periodStart: period.start, periodEnd: period.end, value, note: null });
  await record("REVENUE_T12M", values.revenuePerHalf, { start: monthEnd(12).start, end: monthEnd(7).end });
  await record("REVENUE_T12M", values.revenuePerHalf, { start: monthEnd(6).start, end: monthEnd(1).end });
  await record("WON_DEALS_T12M", values.dealsPerYear, { start: monthEnd(12).start, end: monthEnd(1).end });
  await record("CERTIFIED_PEOPLE", values.certified, monthEnd(1));
}

async function partnerIdByName(ctx: VendorCtx, name: string): Promise<string | null> {
  const row = await withScope(scopeOf(ctx), (tx) =>
    tx.partner.findFirst({ where: { tenantId: ctx.tenantId, name }, select: { id: true } }),
  );
  return row?.id ?? null;
}

const ACME_TIERS: TierSpec[] = [
  { name: "Registered", description: "Every enrolled partner.", rules: {} },
  { name: "Silver", rules: { REVENUE_T12M: "50000", CERTIFIED_PEOPLE: "2" } },
  { name: "Gold", rules: { REVENUE_T12M: "250000", CERTIFIED_PEOPLE: "5", WON_DEALS_T12M: "10" } },
  { name: "Platinum", description: "Our strategic partners.", rules: { REVENUE_T12M: "1000000", CERTIFIED_PEOPLE: "10", WON_DEALS_T12M: "40" } },
];

const ACME_AGREEMENT = {
  en: {
    title: "Acme partner agreement",
    body: "1. Scope. The partner resells Acme Industrial products in its territories.\n2. Prices. Partner prices follow the current Acme price list and its tier discount.\n3. Brand. The partner uses Acme marks only as the brand guide allows.\n4. Term. This agreement runs for one year and renews unless either side ends it with 60 days' notice.",
  },
  es: {
    title: "Acuerdo de socio de Acme",
    body: "1. Objeto. El socio revende productos de Acme Industrial en sus territorios.\n2. Precios. Los precios para socios siguen la tarifa vigente de Acme y el descuento de su nivel.\n3. Marca. El socio usa las marcas de Acme solo como permite la guía de marca.\n4. Duración. Este acuerdo dura un año y se renueva salvo que una parte lo termine con 60 días de preaviso.",
  },
};

/** Acme (English): Reseller (manual activation) and Distribution (automatic). */
export async function seedAcmePrograms({ ctx, partnerCtx }: DemoPrograms): Promise<void> {
  const reseller = await makeProgram(ctx, {
    name: "Reseller",
    description: "For value-added resellers and retailers selling to end customers.",
    activation: "MANUAL",
    tiers: ACME_TIERS,
    items: [
      { kind: "AGREEMENT", title: "Accept the Acme partner agreement" },
      { kind: "BILLING", title: "Give your billing details" },
      { kind: "CERTIFICATION", title: "Acme Sales Essentials certification", description: "At least one salesperson certified on the Acme academy." },
      { kind: "DOCUMENT", title: "Signed tax form (W-9 or W-8BEN)", description: "A PDF or a clear photo of the signed form." },
    ],
    agreement: ACME_AGREEMENT,
  });
  const distribution = await makeProgram(ctx, {
    name: "Distribution",
    description: "For distributors and wholesalers who stock and ship Acme products.",
    activation: "AUTOMATIC",
    tiers: ACME_TIERS.map((tier) => ({
      ...tier,
      rules: tier.rules.REVENUE_T12M ? { ...tier.rules, REVENUE_T12M: String(Number(tier.rules.REVENUE_T12M) * 2) } : tier.rules,
    })),
    items: [
      { kind: "AGREEMENT", title: "Accept the Acme partner agreement" },
      { kind: "BILLING", title: "Give your billing details" },
    ],
    agreement: ACME_AGREEMENT,
  });

  // Northwind: Gold by the rules in Distribution; its onboarding done, so it was activated automatically.
  const northwind = await partnerIdByName(ctx, "Northwind Distribution");
  if (northwind) {
    await recordYear(ctx, northwind, { revenuePerHalf: "320000", dealsPerYear: "16", certified: "6" });
    await enrolPartner(ctx, { partnerId: northwind, programId: distribution.id });
    const nora = await partnerCtx("admin@northwind.test");
    await acceptAgreement(nora, { agreementId: distribution.agreementId });
    await saveBilling(nora, {
      legalName: "Northwind Distribution Inc.",
      taxId: "US-84-1234567",
      email: "ap@northwind.test",
      address: "400 Harbor Blvd, Oakland, CA 94607",
      country: "US",
      version: 0,
    });
  }
  // Bluepeak: Silver in Reseller, half-way through onboarding (certification and tax form still open).
  const bluepeak = await partnerIdByName(ctx, "Bluepeak Systems");
  if (bluepeak) {
    await recordYear(ctx, bluepeak, { revenuePerHalf: "32000", dealsPerYear: "4", certified: "2" });
    await enrolPartner(ctx, { partnerId: bluepeak, programId: reseller.id });
    const blanca = await partnerCtx("admin@bluepeak.test");
    await acceptAgreement(blanca, { agreementId: reseller.agreementId });
    await saveBilling(blanca, {
      legalName: "Bluepeak Systems S.L.",
      taxId: "ESB12345678",
      email: "facturas@bluepeak.test",
      address: "Calle de Alcalá 120, 28009 Madrid",
      country: "ES",
      version: 0,
    });
  }
  // Lumen: nothing recorded yet, but held at Silver by an override until the end of next quarter.
  const lumen = await partnerIdByName(ctx, "Lumen Retail");
  if (lumen) {
    await enrolPartner(ctx, { partnerId: lumen, programId: reseller.id });
    await overrideTier(ctx, {
      partnerId: lumen,
      tierId: reseller.tiers.Silver!,
      reason: "Launch partner for the Mexican market: Silver prices for its first two quarters.",
      until: monthEnd(-5).end,
    });
  }
}

const GLOBEX_TIERS: TierSpec[] = [
  { name: "Registrado", description: "Todo socio inscrito.", rules: {} },
  { name: "Plata", rules: { REVENUE_T12M: "40000", CERTIFIED_PEOPLE: "2" } },
  { name: "Oro", rules: { REVENUE_T12M: "200000", CERTIFIED_PEOPLE: "4", WON_DEALS_T12M: "8" } },
  { name: "Platino", rules: { REVENUE_T12M: "800000", CERTIFIED_PEOPLE: "8", WON_DEALS_T12M: "30" } },
];

/** Globex (Spanish): Distribuidores (manual activation) and Revendedores (automatic). */
export async function seedGlobexPrograms({ ctx, partnerCtx }: DemoPrograms): Promise<void> {
  const agreement = {
    es: {
      title: "Acuerdo de socio de Globex",
      body: "1. Objeto. El socio distribuye componentes Globex en su zona.\n2. Precios. Se aplica la tarifa de socios vigente con el descuento de su nivel.\n3. Confidencialidad. Las condiciones comerciales son confidenciales.\n4. Duración. Un año, renovable automáticamente.",
    },
    en: {
      title: "Globex partner agreement",
      body: "1. Scope. The partner distributes Globex components in its area.\n2. Prices. The current partner price list applies with its tier discount.\n3. Confidentiality. Commercial terms are confidential.\n4. Term. One year, renewed automatically.",
    },
  };
  const distribuidores = await makeProgram(ctx, {
    name: "Distribuidores",
    description: "Para distribuidores con almacén propio.",
    activation: "MANUAL",
    tiers: GLOBEX_TIERS,
    items: [
      { kind: "AGREEMENT", title: "Acepta el acuerdo de socio" },
      { kind: "BILLING", title: "Indica tus datos de facturación" },
      { kind: "CERTIFICATION", title: "Certificación técnica Globex", description: "Al menos una persona con la certificación técnica." },
    ],
    agreement,
  });
  await makeProgram(ctx, {
    name: "Revendedores",
    description: "Para revendedores e integradores.",
    activation: "AUTOMATIC",
    tiers: GLOBEX_TIERS,
    items: [
      { kind: "AGREEMENT", title: "Acepta el acuerdo de socio" },
      { kind: "DOCUMENT", title: "Certificado de situación censal", description: "El PDF de la Agencia Tributaria, o una foto nítida del certificado." },
      { kind: "BILLING", title: "Indica tus datos de facturación" },
    ],
    agreement,
  });
  // Iberia Tech: Oro by the rules; its checklist complete, so its channel manager activates it
  // (lib/seed/demo-lifecycle.ts).
  const iberia = await partnerIdByName(ctx, "Iberia Tech");
  if (iberia) {
    await recordYear(ctx, iberia, { revenuePerHalf: "110000", dealsPerYear: "12", certified: "5" });
    await enrolPartner(ctx, { partnerId: iberia, programId: distribuidores.id });
    const iker = await partnerCtx("admin@iberia.test");
    await acceptAgreement(iker, { agreementId: distribuidores.agreementId });
    await submitCertification(iker, {
      itemId: distribuidores.items.CERTIFICATION!,
      person: "Iker Ibarra",
      credential: "GLX-TEC-2026-0142",
      completedOn: monthEnd(2).end,
    });
    await saveBilling(iker, {
      legalName: "Iberia Tech S.L.",
      taxId: "ESB87654321",
      email: "facturacion@iberia.test",
      address: "Avenida Diagonal 640, 08017 Barcelona",
      country: "ES",
      version: 0,
    });
  }
}
