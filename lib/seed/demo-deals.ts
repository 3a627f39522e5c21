import "server-only";
import { randomBytes } from "node:crypto";
import { authorize, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { addDays, todayIn } from "@/lib/activities/dates";
import { logActivitySchema } from "@/lib/activities/schema";
import { logActivity } from "@/lib/activities/service";
import { runRegistrationExpiry } from "@/lib/deals/expiry";
import { decideExtension, requestExtension } from "@/lib/deals/extensions";
import { checkCriterion, createDirectDeal, getOpportunity } from "@/lib/deals/opportunities";
import { submitRegistration, withdrawOwnRegistration } from "@/lib/deals/registrations";
import { approveRegistration, rejectRegistration } from "@/lib/deals/review";
import { directDealSchema, registrationSchema } from "@/lib/deals/schema";
import { moveOpportunityStage } from "@/lib/deals/stage-moves";
import { listStages } from "@/lib/deals/stages";

/**
 * Demo deals through the real services: registrations in every state (pending, approved
 * and protected, reminded, extended, rejected, withdrawn, expired) with one conflicting
 * pair left for the channel manager, and opportunities across the stages — direct deals
 * and approved registrations, won and lost ones too — in each tenant's language.
 */

type Registration = Record<string, unknown> & { customerName: string; title: string; amount: string };

function register(partner: PartnerCtx, fields: Registration, closeInDays = 45) {
  return submitRegistration(
    partner,
    registrationSchema.parse({
      submissionKey: randomBytes(16).toString("hex"),
      website: "",
      taxId: "",
      country: "",
      region: "",
      postalCode: "",
      industry: "",
      contactName: "",
      contactEmail: "",
      contactPhone: "",
      currency: partner.tenant.currency,
      expectedCloseOn: addDays(todayIn(partner.tenant.timeZone), closeInDays),
      competition: "",
      notes: "",
      lines: [],
      ...fields,
    }),
  );
}

function direct(ctx: VendorCtx, fields: Record<string, string>, closeInDays: number) {
  return createDirectDeal(
    ctx,
    directDealSchema.parse({
      website: "",
      taxId: "",
      country: "",
      region: "",
      postalCode: "",
      industry: "",
      currency: ctx.tenant.currency,
      closeOn: addDays(todayIn(ctx.tenant.timeZone), closeInDays),
      ...fields,
    }),
  );
}

/** Moves a deal stage by stage to `stageName`, ticking the exit criteria of each stage it leaves. */
async function advance(ctx: VendorCtx, opportunityId: string, stageName: string, reason = "") {
  const stages = await listStages(ctx);
  const open = stages.filter((s) => s.kind === "OPEN");
  const target = stages.find((s) => s.name === stageName)!;
  for (const [index, stage] of open.entries()) {
    if (stage.id === target.id) return;
    for (const criterion of stage.criteria) {
      const { version } = await getOpportunity(ctx, opportunityId);
      await checkCriterion(ctx, { opportunityId, version, criterionId: criterion.id, checked: true });
    }
    // Past the last open stage, the deal closes in the target (won or lost).
    const next = open[index + 1] ?? target;
    const { version } = await getOpportunity(ctx, opportunityId);
    await moveOpportunityStage(ctx, { opportunityId, version, stageId: next.id, reason: next.kind === "OPEN" ? "" : reason });
    if (next.id === target.id) return;
  }
}

const approve = (ctx: VendorCtx, registrationId: string, days = 90, reason = "") => approveRegistration(ctx, { registrationId, version: 0, protectionDays: days, reason });

/** Acme (English): Northwind, Bluepeak and Lumen register; the channel manager has decided some. */
export async function seedAcmeDeals(ctx: VendorCtx, people: { portal: (email: string) => Promise<PartnerCtx> }): Promise<void> {
  authorize(ctx, "deals.review");
  const northwind = await people.portal("admin@northwind.test");
  const ben = await people.portal("buyer@northwind.test");
  const bluepeak = await people.portal("admin@bluepeak.test");
  const lumen = await people.portal("admin@lumen.test");

  // Approved, protected and moving: Northwind's grocery chain.
  const pacific = await register(northwind, {
    customerName: "Pacific Grocers Inc.",
    website: "pacificgrocers.example",
    country: "US",
    region: "California",
    postalCode: "92101",
    industry: "RETAIL",
    title: "Store analytics, 120 stores",
    amount: "186000",
    contactName: "Peter Chan",
    contactEmail: "peter.chan@pacificgrocers.example",
    competition: "Retail Insights Co.",
    lines: [
      { description: "Store analytics licence", quantity: "120" },
      { description: "Onboarding workshop", quantity: "2" },
    ],
  });
  const pacificDeal = await approve(ctx, pacific.id, 90, "Good fit for the retail programme.");
  await advance(ctx, pacificDeal.opportunityId, "Develop");
  await logActivity(
    ctx,
    logActivitySchema.parse({
      subjectType: "DEAL",
      subjectId: pacificDeal.opportunityId,
      kind: "MEETING",
      visibility: "SHARED",
      title: "Demo to the IT director",
      body: "Peter wants the pilot in the San Diego stores first.",
      occurredOn: todayIn(ctx.tenant.timeZone),
      dueOn: "",
      assignee: "",
      reminder: "none",
    }),
  );

  // The conflicting pair: Lumen and Northwind both claim the Monterrey brewery (pending).
  await register(lumen, { customerName: "Cervecería del Norte S.A. de C.V.", website: "cerveceria-norte.mx", taxId: "CNO-950101-AB1", country: "MX", region: "Nuevo León", industry: "RETAIL", title: "Point-of-sale analytics", amount: "72000", contactName: "Lucía Garza" });
  await register(ben, { customerName: "Cerveceria del Norte SA de CV", website: "https://www.cerveceria-norte.mx", country: "MX", region: "Nuevo León", title: "Distribution analytics", amount: "65000", contactName: "Lucía Garza", competition: "In-house tools" });

  // Waiting, clean.
  await register(northwind, { customerName: "Great Lakes Hospitals", website: "glh.example", country: "US", region: "Illinois", industry: "HEALTHCARE", title: "Patient flow dashboards", amount: "98000", contactName: "Grace Lee" });
  // Withdrawn by the partner.
  const prairie = await register(northwind, { customerName: "Prairie Wind Power LLC", country: "US", region: "Texas", industry: "ENERGY", title: "Turbine telemetry", amount: "40000", contactName: "Paul Reyes" });
  await withdrawOwnRegistration(northwind, { registrationId: prairie.id, version: 0, reason: "The customer postponed the project to next year." });
  // Rejected with a reason.
  const hotels = await register(bluepeak, { customerName: "Hoteles Mediterráneo S.L.", website: "hotelesmed.example", country: "ES", region: "Valencia", industry: "HOSPITALITY", title: "Guest analytics", amount: "54000", contactName: "Marina Soler" });
  await rejectRegistration(ctx, { registrationId: hotels.id, version: 0, reason: "The customer buys through its group's global agreement." });
  // Approved, with an extension asked and granted, then another waiting.
  const seville = await register(bluepeak, { customerName: "Ayuntamiento de Sevilla", country: "ES", region: "Andalucía", industry: "GOVERNMENT", title: "Open data portal", amount: "120000", contactName: "Álvaro Ruiz" }, 120);
  await approve(ctx, seville.id, 60);
  const first = await requestExtension(bluepeak, { registrationId: seville.id, days: 30, reason: "The tender was delayed by a month." });
  await decideExtension(ctx, { extensionId: first.id, decision: "APPROVED", reason: "" });
  await requestExtension(bluepeak, { registrationId: seville.id, days: 45, reason: "Council elections move the decision." });
  // Approved with ten days left: the reminder has gone out.
  const valencia = await register(bluepeak, { customerName: "Puerto de Valencia", country: "ES", region: "Valencia", industry: "LOGISTICS", title: "Berth planning", amount: "80000", contactName: "Vicente Mora" });
  await approve(ctx, valencia.id, 10);
  // Approved for a single day and expired since (the expiry job, run with a clock two days on).
  const bilbao = await register(bluepeak, { customerName: "Astilleros de Bilbao", country: "ES", region: "País Vasco", industry: "MANUFACTURING", title: "Yard scheduling", amount: "35000", contactName: "Itziar Etxeberria" });
  await approve(ctx, bilbao.id, 1);
  await runRegistrationExpiry(new Date(Date.now() + 2 * 24 * 60 * 60 * 1000));

  // Lost, with its reason.
  const plains = await register(northwind, { customerName: "Great Plains Foods", country: "US", region: "Kansas", industry: "RETAIL", title: "Demand forecasting", amount: "45000", contactName: "Gina Park" });
  const plainsDeal = await approve(ctx, plains.id);
  await moveOpportunityStage(ctx, { opportunityId: plainsDeal.opportunityId, version: 0, stageId: (await listStages(ctx)).find((s) => s.kind === "LOST")!.id, reason: "Chose a cheaper local provider." });

  // Direct deals across the stages, one won.
  const globaltel = await direct(ctx, { name: "Network analytics upgrade", customerName: "Globaltel Communications", website: "globaltel.example", country: "US", region: "New York", industry: "TELECOM", amount: "240000" }, 30);
  await advance(ctx, globaltel.id, "Negotiate");
  const solar = await direct(ctx, { name: "Plant performance suite", customerName: "Companhia Solar Paulista", country: "BR", industry: "ENERGY", amount: "150000" }, 75);
  await advance(ctx, solar.id, "Propose");
  await direct(ctx, { name: "Fleet analytics pilot", customerName: "Atlas Freight", country: "US", region: "Ohio", industry: "LOGISTICS", amount: "28000" }, 60);
  const atlas = await direct(ctx, { name: "Hospital capacity planning", customerName: "Saint Mary Health", country: "US", region: "Oregon", postalCode: "97201", industry: "HEALTHCARE", amount: "76000" }, 20);
  await advance(ctx, atlas.id, "Closed won", "Best time to value in the pilot.");
}

/** Globex (Spanish): Iberia Tech registers; one approved and moving, one waiting; a direct deal. */
export async function seedGlobexDeals(ctx: VendorCtx, people: { portal: (email: string) => Promise<PartnerCtx> }): Promise<void> {
  authorize(ctx, "deals.review");
  const iberia = await people.portal("admin@iberia.test");
  const clinic = await register(iberia, {
    customerName: "Clínica Diagonal S.L.",
    website: "clinicadiagonal.example",
    country: "ES",
    region: "Cataluña",
    postalCode: "08029",
    industry: "HEALTHCARE",
    title: "Cuadros de mando clínicos",
    amount: "64000",
    contactName: "Jordi Puig",
    contactEmail: "jordi.puig@clinicadiagonal.example",
    competition: "Proveedor local",
    lines: [{ description: "Licencia de cuadros de mando", quantity: "40" }],
  });
  const clinicDeal = await approve(ctx, clinic.id, 90, "Encaja con el programa sanitario.");
  await advance(ctx, clinicDeal.opportunityId, "Desarrollar");
  await register(iberia, { customerName: "Talleres Ebro S.A.", country: "ES", region: "Aragón", industry: "MANUFACTURING", title: "Mantenimiento predictivo", amount: "38000", contactName: "Pilar Lasheras" });
  const tajo = await direct(ctx, { name: "Analítica de generación", customerName: "Energías del Tajo S.A.", country: "ES", region: "Madrid", industry: "ENERGY", amount: "210000" }, 50);
  await advance(ctx, tajo.id, "Proponer");
}
