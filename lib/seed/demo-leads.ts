import "server-only";
import { randomBytes } from "node:crypto";
import { authorize, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { addDays, todayIn } from "@/lib/activities/dates";
import { convertLead } from "@/lib/leads/convert";
import { createLeadRule } from "@/lib/leads/rules";
import { convertLeadSchema, leadRuleSchema, leadSchema } from "@/lib/leads/schema";
import { acceptLead, createLead, declineLead, loseLead } from "@/lib/leads/service";
import { runOfferTimeouts } from "@/lib/leads/timeout";
import { territoryOptions } from "@/lib/territories/service";

/**
 * Demo leads through the real services, in each tenant's language: distribution rules, and
 * leads in every state — one waiting for a rule (entered before the rules), offered ones
 * with their deadline running, accepted, converted into a deal registration, declined with
 * a reason, timed out (the worker's clock moved two days for this workspace only) and
 * lost — so the lists, the offer history with its explanations and the partner metrics
 * all show something on first start.
 */

const HOUR = 60 * 60 * 1000;

function lead(ctx: VendorCtx, fields: Record<string, string>) {
  return createLead(
    ctx,
    leadSchema.parse({ phone: "", website: "", country: "", region: "", postalCode: "", industry: "", products: "", value: "", notes: "", email: "", currency: ctx.tenant.currency, ...fields }),
  );
}

async function territoryId(ctx: VendorCtx, path: string): Promise<string> {
  const found = (await territoryOptions(ctx)).find((t) => t.path === path);
  if (!found) throw new Error(`demo leads: no territory ${path}`);
  return found.id;
}

function convert(partner: PartnerCtx, leadId: string, fields: Record<string, string>) {
  return convertLead(
    partner,
    convertLeadSchema.parse({
      leadId,
      submissionKey: randomBytes(16).toString("hex"),
      website: "",
      taxId: "",
      country: "",
      region: "",
      postalCode: "",
      industry: "",
      contactEmail: "",
      contactPhone: "",
      currency: partner.tenant.currency,
      expectedCloseOn: addDays(todayIn(partner.tenant.timeZone), 60),
      competition: "",
      notes: "",
      lines: [],
      ...fields,
    }),
  );
}

type People = { portal: (email: string) => Promise<PartnerCtx> };

export async function seedAcmeLeads(ctx: VendorCtx, people: People): Promise<void> {
  authorize(ctx, "leads.manage");
  // Entered before any rule existed: it waits for the vendor to distribute it.
  await lead(ctx, { company: "Lakeside Clinics", contactName: "Laura Lake", email: "laura@lakeside-clinics.example", country: "CA", source: "WEBSITE", products: "Analytics", value: "18000", industry: "HEALTHCARE" });
  const northAmerica = await territoryId(ctx, "North America");
  await createLeadRule(ctx, leadRuleSchema.parse({ name: "North America partners", territoryId: northAmerica, capacity: "5", slaHours: "48", active: true }));
  await createLeadRule(ctx, leadRuleSchema.parse({ name: "Anyone, in turn", capacity: "10", slaHours: "24", active: true }));
  const northwind = await people.portal("admin@northwind.test");

  // Timed out: offered, unanswered, and the worker's clock moved past its deadline.
  await lead(ctx, { company: "Mesa Solar Cooperative", contactName: "Marco Mesa", country: "US", region: "Arizona", source: "CAMPAIGN", products: "Energy monitoring", value: "42000", industry: "ENERGY" });
  await runOfferTimeouts(new Date(Date.now() + 49 * HOUR), { tenantId: ctx.tenantId });

  const accepted = await lead(ctx, { company: "Harbor Freight Lines", contactName: "Hank Harbor", email: "hank@harborfreight.example", country: "US", region: "Washington", postalCode: "98101", source: "EVENT", products: "Fleet analytics, Support", value: "65000", industry: "LOGISTICS", notes: "Met at the Seattle logistics fair; wants a demo in two weeks." });
  await acceptLead(northwind, { leadId: accepted.id });

  const converted = await lead(ctx, { company: "Summit Dental Group", contactName: "Sofia Summit", email: "sofia@summitdental.example", country: "US", region: "Colorado", source: "REFERRAL", products: "Practice analytics", value: "30000", industry: "HEALTHCARE" });
  await acceptLead(northwind, { leadId: converted.id });
  await convert(northwind, converted.id, { title: "Practice analytics for 12 clinics", customerName: "Summit Dental Group", website: "summitdental.example", country: "US", region: "Colorado", contactName: "Sofia Summit", amount: "30000", industry: "HEALTHCARE" });

  const declined = await lead(ctx, { company: "Ozark Feed & Supply", contactName: "Owen Ozark", country: "US", region: "Arkansas", source: "INBOUND_CALL", products: "Inventory", industry: "RETAIL" });
  await declineLead(northwind, { leadId: declined.id, reason: "Too small for our team; a local reseller would serve them better." });

  const lost = await lead(ctx, { company: "Blue Ridge Bakery", contactName: "Bella Ridge", country: "US", region: "Virginia", source: "WEBSITE", value: "5000", industry: "RETAIL" });
  await loseLead(ctx, { leadId: lost.id, version: 1, reason: "The company chose to build in-house." });

  // Offered and waiting: their deadlines run in the portal.
  await lead(ctx, { company: "Cascade Outfitters", contactName: "Cara Cascade", email: "cara@cascade-outfitters.example", country: "US", region: "Oregon", postalCode: "97201", source: "EVENT", products: "Retail analytics, Support", value: "48000", industry: "RETAIL" });
  await lead(ctx, { company: "Great Plains Grain Co.", contactName: "Gus Plains", country: "US", region: "Kansas", source: "CAMPAIGN", products: "Supply chain", value: "27500", industry: "MANUFACTURING" });
}

export async function seedGlobexLeads(ctx: VendorCtx, people: People): Promise<void> {
  authorize(ctx, "leads.manage");
  await lead(ctx, { company: "Bodegas del Duero", contactName: "Diego Duero", country: "PT", source: "WEBSITE", products: "Trazabilidad", value: "12000", industry: "RETAIL" });
  const spain = await territoryId(ctx, "Iberia › España");
  await createLeadRule(ctx, leadRuleSchema.parse({ name: "España — OEM", territoryId: spain, partnerType: "OEM", capacity: "4", slaHours: "48", active: true }));
  await createLeadRule(ctx, leadRuleSchema.parse({ name: "Resto, por turnos", capacity: "8", slaHours: "24", active: true }));
  const iberia = await people.portal("admin@iberia.test");

  await lead(ctx, { company: "Talleres Cantábricos S.L.", contactName: "Carmen Cantero", country: "ES", region: "Cantabria", source: "CAMPAIGN", products: "Mantenimiento predictivo", value: "38000", industry: "MANUFACTURING" });
  await runOfferTimeouts(new Date(Date.now() + 49 * HOUR), { tenantId: ctx.tenantId });

  const accepted = await lead(ctx, { company: "Hospital Costa Brava", contactName: "Jordi Costa", email: "jordi.costa@hcb.example", country: "ES", region: "Cataluña", postalCode: "17001", source: "EVENT", products: "Analítica clínica, Soporte", value: "90000", industry: "HEALTHCARE", notes: "Lo conocimos en la feria de Barcelona; pide una demostración." });
  await acceptLead(iberia, { leadId: accepted.id });

  const converted = await lead(ctx, { company: "Farmacias Levante", contactName: "Lucía Levante", email: "lucia@farmacias-levante.example", country: "ES", region: "Valencia", source: "REFERRAL", products: "Inventario", value: "24000", industry: "HEALTHCARE" });
  await acceptLead(iberia, { leadId: converted.id });
  await convert(iberia, converted.id, { title: "Inventario para 30 farmacias", customerName: "Farmacias Levante", country: "ES", region: "Valencia", contactName: "Lucía Levante", amount: "24000", industry: "HEALTHCARE" });

  const declined = await lead(ctx, { company: "Construcciones Mesa", contactName: "Mario Mesa", country: "ES", region: "Madrid", source: "INBOUND_CALL", products: "Obra", industry: "MANUFACTURING" });
  await declineLead(iberia, { leadId: declined.id, reason: "No trabajamos el sector de la construcción." });

  const lost = await lead(ctx, { company: "Panadería Sol", contactName: "Sol Ruiz", country: "ES", region: "Sevilla", source: "WEBSITE", value: "3000", industry: "RETAIL" });
  await loseLead(ctx, { leadId: lost.id, version: 1, reason: "El cliente pospuso la compra un año." });

  await lead(ctx, { company: "Aceites del Sur", contactName: "Antonio Sur", email: "antonio@aceitesdelsur.example", country: "ES", region: "Andalucía", source: "EVENT", products: "Trazabilidad, Soporte", value: "52000", industry: "RETAIL" });
}
