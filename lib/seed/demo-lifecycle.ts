import "server-only";
import type { VendorCtx } from "@/lib/auth/context";
import { applicationFormSchema, type ApplicationFormInput } from "@/lib/applications/schema";
import { approveApplication, listApplications, rejectApplication, submitApplication } from "@/lib/applications/service";
import type { PartnerStatus } from "@/lib/generated/prisma/enums";
import { changePartnerStatus } from "@/lib/partners/lifecycle";
import { createPartner, listPartners } from "@/lib/partners/service";

/**
 * Demo data of the partner lifecycle and applications (through the real services): a
 * partner in every status with the reasons of how it got there, and applications that
 * are pending, approved (its partner created, its admin invited) and rejected — in Acme
 * (English) and Globex (Spanish).
 */

type Step = { to: PartnerStatus; reason: string };

/** Walks a partner through its lifecycle, each step with its reason. */
async function walkPartner(ctx: VendorCtx, partnerId: string, from: PartnerStatus, steps: Step[]): Promise<void> {
  let current = from;
  for (const step of steps) {
    await changePartnerStatus(ctx, { partnerId, from: current, to: step.to, reason: step.reason });
    current = step.to;
  }
}

/** Extra partners that show the statuses the main demo partners do not (Globex also gets a suspended one). */
async function seedLifecyclePartners(ctx: VendorCtx, es: boolean): Promise<void> {
  await createPartner(ctx, {
    name: es ? "Soluciones Cóndor" : "Horizon Supply",
    type: "WHOLESALER",
    country: "CO",
    status: "PROSPECT",
  });
  const gone = await createPartner(ctx, { name: es ? "Puerto Viejo Comercial" : "Old Harbor Trading", type: "RETAILER", country: "CL" });
  await walkPartner(ctx, gone.id, "ONBOARDING", [
    { to: "ACTIVE", reason: es ? "Incorporación completada." : "Onboarding complete." },
    { to: "OFFBOARDED", reason: es ? "El contrato terminó y no se renovó." : "The contract ended and was not renewed." },
  ]);
  if (!es) return;
  const paused = await createPartner(ctx, { name: "Meseta Distribuciones", type: "DISTRIBUTOR", country: "ES" });
  await walkPartner(ctx, paused.id, "ONBOARDING", [
    { to: "ACTIVE", reason: "Incorporación completada." },
    { to: "SUSPENDED", reason: "Auditoría de cumplimiento en curso." },
  ]);
}

let ipCounter = 10;
/** Each demo applicant from its own documentation address, as real ones would be. */
const meta = () => ({ requestId: "seed", ip: `192.0.2.${(ipCounter += 1)}` });

async function apply(input: Omit<ApplicationFormInput, "nickname">): Promise<string> {
  await submitApplication(meta(), applicationFormSchema.parse(input));
  return input.companyName;
}

/** Applications: two pending, one approved (partner + invited admin), one rejected. */
async function seedApplications(ctx: VendorCtx, es: boolean): Promise<void> {
  const tenant = ctx.tenant.slug;
  const locale = es ? "es" : "en";
  const names = {
    pending: await apply({
      tenant,
      locale,
      companyName: es ? "Distribuciones Andinas S.L." : "Summit Electric Supply",
      taxId: es ? "B-87654321" : "84-1234567",
      partnerType: "DISTRIBUTOR",
      country: es ? "ES" : "US",
      region: es ? "Aragón" : "Colorado",
      website: es ? "andinas.example" : "summit-electric.example",
      contactName: es ? "Andrea Molina" : "Sam Summit",
      contactEmail: es ? "andrea@andinas.test" : "sam@summit.test",
      contactPhone: es ? "612 345 678" : "(303) 555-0142",
      expectedVolume: es ? "180000" : "450000",
      currency: es ? "EUR" : "USD",
      brands: es ? "Globex Pro, Globex Lite" : "Acme Industrial, Acme Pro",
    }),
    second: await apply({
      tenant,
      locale: "es",
      companyName: es ? "Tecno Sur Ltda." : "Pacific Rim Traders",
      taxId: es ? "76.543.210-K" : "93-7654321",
      partnerType: "VAR",
      country: es ? "CL" : "MX",
      contactName: es ? "Tomás Sur" : "Paula Ríos",
      contactEmail: es ? "tomas@tecnosur.test" : "paula@pacificrim.test",
      expectedVolume: "90000",
      currency: es ? "EUR" : "MXN",
      brands: "",
    }),
    approved: await apply({
      tenant,
      locale,
      companyName: es ? "Levante Integradores" : "Granite Peak Supply",
      taxId: es ? "B-11223344" : "77-1122334",
      partnerType: "VAR",
      country: es ? "ES" : "CA",
      contactName: es ? "Lucía Levante" : "Gary Granite",
      contactEmail: es ? "lucia@levante.test" : "gary@granitepeak.test",
      expectedVolume: "120000",
      currency: es ? "EUR" : "CAD",
      brands: es ? "Globex Pro" : "Acme Pro",
    }),
    rejected: await apply({
      tenant,
      locale,
      companyName: es ? "Reventa Rápida" : "Quick Flip Resellers",
      taxId: es ? "B-99887766" : "55-9988776",
      partnerType: "REFERRAL",
      country: es ? "ES" : "US",
      contactName: es ? "Raúl Rápido" : "Quinn Flip",
      contactEmail: es ? "raul@reventa.test" : "quinn@quickflip.test",
      expectedVolume: "5000",
      currency: es ? "EUR" : "USD",
      brands: "",
    }),
  };
  const { rows } = await listApplications(ctx, { status: "PENDING", pageSize: 100 });
  const idOf = (name: string) => rows.find((row) => row.companyName === name)!.id;
  await approveApplication(ctx, {
    applicationId: idOf(names.approved),
    reason: es ? "Bienvenidos: cubrís una zona que necesitábamos." : "Welcome: you cover a region we needed.",
  });
  await rejectApplication(ctx, {
    applicationId: idOf(names.rejected),
    reason: es
      ? "Por ahora solo trabajamos con revendedores con tienda física."
      : "For now we only work with resellers that have a physical store.",
  });
}

/** The demo workspaces' admins: Acme (English) and Globex (Spanish). */
export type DemoWorkspaces = { acme: VendorCtx; globex: VendorCtx };

/** The main demo partners' way through the lifecycle from ONBOARDING (by name), each step with its reason. */
const DEMO_LIFECYCLE: Record<string, Step[]> = {
  "Northwind Distribution": [{ to: "ACTIVE", reason: "Onboarding complete: agreement signed and team trained." }],
  "Lumen Retail": [
    { to: "ACTIVE", reason: "Onboarding complete." },
    { to: "SUSPENDED", reason: "Three invoices overdue by more than 60 days." },
  ],
  "Iberia Tech": [{ to: "ACTIVE", reason: "Incorporación completada." }],
};

async function walkDemoPartners(ctx: VendorCtx): Promise<void> {
  const { rows } = await listPartners(ctx, { pageSize: 100 });
  for (const partner of rows) {
    // A partner the programs' demo already moved (Northwind, activated at the end of its
    // onboarding) continues from where it stands.
    const steps = DEMO_LIFECYCLE[partner.name]?.slice(
      (DEMO_LIFECYCLE[partner.name]?.findIndex((step) => step.to === partner.status) ?? -1) + 1,
    );
    if (steps?.length) await walkPartner(ctx, partner.id, partner.status, steps);
  }
}

/** Everything of this file, once the workspaces and their partners exist. */
export async function seedLifecycleDemo(workspaces: DemoWorkspaces): Promise<void> {
  for (const [ctx, es] of [[workspaces.acme, false], [workspaces.globex, true]] as const) {
    await walkDemoPartners(ctx);
    await seedLifecyclePartners(ctx, es);
    await seedApplications(ctx, es);
  }
}
