import "server-only";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { todayIn } from "@/lib/activities/dates";
import { authorize, systemCtx, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { accrueTenant } from "@/lib/coop/accrual";
import { answerClaim, decideClaim, submitClaim } from "@/lib/coop/claims";
import { allocateFunds } from "@/lib/coop/funds";
import { payClaim } from "@/lib/coop/pay";
import { createProgram } from "@/lib/coop/programs";
import { saveCoopSettings } from "@/lib/coop/settings";
import { listOwnFunds } from "@/lib/coop/read";
import { decideRequest, proposeRequest } from "@/lib/coop/requests";
import { allocateSchema, claimSchema, coopSettingsSchema, decideClaimSchema, decideRequestSchema, payClaimSchema, programSchema, requestSchema, type CoopActivityTypeValue } from "@/lib/coop/schema";
import { uploadPartnerFile } from "@/lib/files/service";
import { seedCoopReturn } from "./demo-coop-returns";
import { seedAcmeCoopStates } from "./demo-coop-states";
import { toDecimalString } from "@/lib/money";

/**
 * Demo co-op and MDF, through the services, after the demo orders (their invoices accrue).
 * Acme (English): a 3 % co-op program on invoiced purchases (accrued by the same code the
 * worker runs), a launch MDF campaign with pre-approval allocated to Northwind and Bluepeak,
 * requests approved in full and in part, proposed and rejected, claims submitted, waiting
 * for more proof, approved, rejected and paid — so Nora's portal shows a real balance.
 * Northwind returns a unit of an invoice that accrued: the credit note takes that co-op back.
 * Globex (Spanish): a co-op program at 2 % and an MDF fund for Iberia Tech with a request
 * and a paid claim, its own review targets (48 hours for requests, 120 for claims), and a
 * return whose credit note reverses some of Iberia's co-op.
 */

const ASSETS = path.join(process.cwd(), "prisma", "seed-assets");

async function proof(portal: PartnerCtx, file: string): Promise<string> {
  const bytes = readFileSync(path.join(ASSETS, file));
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
  return (await uploadPartnerFile(portal, { purpose: "coop.proof", name: `proof-${file}`, declaredSize: bytes.length, body })).id;
}

type Activity = { type: CoopActivityTypeValue; title: string; cost: string; amount: string };

async function request(portal: PartnerCtx, fundId: string, a: Activity) {
  const day = todayIn(portal.tenant.timeZone);
  return proposeRequest(portal, requestSchema.parse({ fundId, activityType: a.type, title: a.title, startsOn: day, endsOn: day, plannedCost: a.cost, requested: a.amount, submissionKey: randomUUID() }));
}

async function claimFor(portal: PartnerCtx, fundId: string, a: Activity, proofId: string, requestId?: string) {
  const day = todayIn(portal.tenant.timeZone);
  return submitClaim(portal, claimSchema.parse({ fundId, requestId, activityType: a.type, title: a.title, startsOn: day, endsOn: day, actualCost: a.cost, claimed: a.amount, proofFileIds: [proofId], submissionKey: randomUUID() }));
}

const TERMS = { period: "QUARTER", claimDays: "60", graceDays: "30", expenseAccount: "6150" } as const;

export async function seedAcmeCoop(ctx: VendorCtx, people: { finance: VendorCtx; partnerIds: Map<string, string>; portal: (email: string) => Promise<PartnerCtx> }): Promise<void> {
  authorize(ctx, "coop.manage");
  await createProgram(
    ctx,
    programSchema.parse({
      ...TERMS,
      kind: "COOP",
      name: "Acme co-op advertising",
      description: "3 % of every invoice's net purchases, for advertising Acme products. Up to half of an activity's cost.",
      currency: ctx.tenant.currency,
      accrualBasis: "INVOICED",
      accrualRate: "3",
      activityTypes: ["DIGITAL_ADS", "CO_BRANDED_PRINT", "EMAIL_CAMPAIGN"],
      maxSharePercent: "50",
    }),
  );
  const mdf = await createProgram(
    ctx,
    programSchema.parse({
      ...TERMS,
      kind: "MDF",
      name: "Wi-Fi 7 launch MDF",
      campaign: "Wi-Fi 7 launch",
      description: "Market development funds for the Wi-Fi 7 launch. Pre-approval required.",
      currency: ctx.tenant.currency,
      activityTypes: ["TRADE_SHOW", "EVENT", "TRAINING", "DIGITAL_ADS"],
      maxSharePercent: "100",
      requiresPreApproval: true,
    }),
  );
  // the demo invoices accrue co-op exactly as the worker's job would
  await accrueTenant(systemCtx(ctx.tenantId));
  // Northwind returned a unit: the credit note takes its co-op back (a reversal in its fund)
  await seedCoopReturn(people.finance, people.partnerIds.get("Northwind Distribution")!, "Returned: one unit damaged in transit");
  const allocate = async (partner: string, amount: string) =>
    (await allocateFunds(ctx, allocateSchema.parse({ programId: mdf.id, partnerId: people.partnerIds.get(partner), amount, reason: "Wi-Fi 7 launch", submissionKey: randomUUID() }))).fundIds[0]!;
  const northwindMdf = await allocate("Northwind Distribution", "5000");
  const bluepeakMdf = await allocate("Bluepeak Systems", "3000");

  const nora = await people.portal("admin@northwind.test");
  const booth = { type: "TRADE_SHOW", title: "Wi-Fi 7 booth at NetExpo", cost: "2400", amount: "2000" } as const;
  const webinar = { type: "TRAINING", title: "Wi-Fi 7 webinar for resellers", cost: "600", amount: "600" } as const;
  const ads = { type: "DIGITAL_ADS", title: "Search ads: Wi-Fi 7 routers", cost: "900", amount: "800" } as const;
  const billboard = { type: "EVENT", title: "Stadium billboard", cost: "9000", amount: "3000" } as const;
  const roadshow = { type: "EVENT", title: "Partner roadshow, Chicago", cost: "700", amount: "500" } as const;
  const proposedBooth = await request(nora, northwindMdf, booth);
  const approvedBooth = await decideRequest(ctx, decideRequestSchema.parse({ requestId: proposedBooth.id, version: 0, decision: "APPROVE", approved: "1500", reason: "Booth approved; the lounge is not covered." }));
  const proposedWebinar = await request(nora, northwindMdf, webinar);
  await decideRequest(ctx, decideRequestSchema.parse({ requestId: proposedWebinar.id, version: 0, decision: "APPROVE" }));
  const proposedRoadshow = await request(nora, northwindMdf, roadshow);
  await decideRequest(ctx, decideRequestSchema.parse({ requestId: proposedRoadshow.id, version: 0, decision: "APPROVE" }));
  await request(nora, northwindMdf, ads); // waits for a decision
  const proposedBillboard = await request(nora, northwindMdf, billboard);
  await decideRequest(ctx, decideRequestSchema.parse({ requestId: proposedBillboard.id, version: 0, decision: "REJECT", reason: "Outside the launch's audience: resellers and integrators." }));

  const photo = await proof(nora, "product-router.png");
  // the booth: claimed, approved and paid by payout
  const boothClaim = await claimFor(nora, northwindMdf, { ...booth, cost: "2300", amount: "1400" }, photo, approvedBooth.id);
  const boothApproved = await decideClaim(ctx, decideClaimSchema.parse({ claimId: boothClaim.id, version: boothClaim.version, decision: "APPROVE" }));
  await payClaim(people.finance, payClaimSchema.parse({ claimId: boothClaim.id, version: boothApproved.version, method: "PAYOUT", reference: "WIRE-NW-0412" }));
  // the webinar: waiting for more proof, answered, approved in part (awaiting payment)
  const webinarClaim = await claimFor(nora, northwindMdf, webinar, photo, proposedWebinar.id);
  const asked = await decideClaim(ctx, decideClaimSchema.parse({ claimId: webinarClaim.id, version: 0, decision: "ASK_INFO", reason: "Please attach the attendee list." }));
  const answered = await answerClaim(nora, { claimId: webinarClaim.id, version: asked.version, note: "Attendee list attached.", proofFileIds: [await proof(nora, "acme-logo.png")] });
  await decideClaim(ctx, decideClaimSchema.parse({ claimId: webinarClaim.id, version: answered.version, decision: "APPROVE", approved: "450", reason: "The catering is not covered." }));
  // the roadshow: submitted, waiting in the claims queue
  await claimFor(nora, northwindMdf, roadshow, photo, proposedRoadshow.id);

  // co-op accrued on Northwind's invoices: one claim paid by credit note (on an invoice, or on account), one rejected
  const coopFund = (await listOwnFunds(nora)).find((f) => f.kind === "COOP" && f.balance.availableMinor > 0n);
  if (coopFund) {
    const third = coopFund.balance.availableMinor / 3n;
    if (third > 0n) {
      const print = { type: "CO_BRANDED_PRINT", title: "Co-branded catalogue", cost: toDecimalString(third * 4n, coopFund.currency), amount: toDecimalString(third, coopFund.currency) } as const;
      const printClaim = await claimFor(nora, coopFund.id, print, photo);
      const printApproved = await decideClaim(ctx, decideClaimSchema.parse({ claimId: printClaim.id, version: 0, decision: "APPROVE" }));
      // on an open invoice large enough, else as credit on Northwind's account
      await payClaim(people.finance, payClaimSchema.parse({ claimId: printClaim.id, version: printApproved.version, method: "CREDIT_NOTE" }));
      const mail = { type: "EMAIL_CAMPAIGN", title: "Newsletter to installers", cost: toDecimalString(third * 2n, coopFund.currency), amount: toDecimalString(third / 2n || 1n, coopFund.currency) } as const;
      const mailClaim = await claimFor(nora, coopFund.id, mail, photo);
      await decideClaim(ctx, decideClaimSchema.parse({ claimId: mailClaim.id, version: 0, decision: "REJECT", reason: "The newsletter did not show Acme products." }));
    }
  }

  const blanca = await people.portal("admin@bluepeak.test");
  const training = { type: "TRAINING", title: "Integrator bootcamp, Madrid", cost: "1200", amount: "1000" } as const;
  const proposedTraining = await request(blanca, bluepeakMdf, training);
  await decideRequest(ctx, decideRequestSchema.parse({ requestId: proposedTraining.id, version: 0, decision: "APPROVE" }));
  // withdrawn, expired and waiting-for-an-answer rows, so every queue filter has one
  await seedAcmeCoopStates(ctx, { bluepeakId: people.partnerIds.get("Bluepeak Systems")!, portal: people.portal, proofId: (portal) => proof(portal, "product-router.png") });
}

export async function seedGlobexCoop(ctx: VendorCtx, people: { partnerId: string; portal: (email: string) => Promise<PartnerCtx> }): Promise<void> {
  authorize(ctx, "coop.manage");
  // Globex answers requests within two days and claims within five (Acme keeps the 72-hour defaults)
  await saveCoopSettings(ctx, coopSettingsSchema.parse({ requestSlaHours: "48", claimSlaHours: "120", version: "0" }));
  await createProgram(
    ctx,
    programSchema.parse({
      ...TERMS,
      kind: "COOP",
      name: "Publicidad cooperativa Globex",
      description: "El 2 % de las compras facturadas, para publicidad de productos Globex.",
      currency: ctx.tenant.currency,
      accrualBasis: "INVOICED",
      accrualRate: "2",
      activityTypes: ["DIGITAL_ADS", "CO_BRANDED_PRINT"],
      maxSharePercent: "50",
    }),
  );
  const mdf = await createProgram(
    ctx,
    programSchema.parse({ ...TERMS, kind: "MDF", name: "Fondo de marketing Iberia", currency: ctx.tenant.currency, activityTypes: ["TRADE_SHOW", "TRAINING", "EVENT"], maxSharePercent: "80" }),
  );
  await accrueTenant(systemCtx(ctx.tenantId));
  // Iberia devolvió una unidad: la nota de crédito retira su co-op (una reversión en su fondo)
  await seedCoopReturn(ctx, people.partnerId, "Devolución: una unidad llegó dañada");
  const fundId = (await allocateFunds(ctx, allocateSchema.parse({ programId: mdf.id, partnerId: people.partnerId, amount: "4000", reason: "Plan anual", submissionKey: randomUUID() }))).fundIds[0]!;
  const iker = await people.portal("admin@iberia.test");
  const feria = { type: "TRADE_SHOW", title: "Stand en la feria Expotronic", cost: "3000", amount: "2400" } as const;
  const formacion = { type: "TRAINING", title: "Jornada de formación para instaladores", cost: "800", amount: "600" } as const;
  const proposed = await request(iker, fundId, feria);
  const approved = await decideRequest(ctx, decideRequestSchema.parse({ requestId: proposed.id, version: 0, decision: "APPROVE", approved: "2000", reason: "Aprobado sin el catering." }));
  const photo = await proof(iker, "product-switch.png");
  const claimed = await claimFor(iker, fundId, { ...feria, amount: "2000" }, photo, approved.id);
  const ok = await decideClaim(ctx, decideClaimSchema.parse({ claimId: claimed.id, version: 0, decision: "APPROVE" }));
  await payClaim(ctx, payClaimSchema.parse({ claimId: claimed.id, version: ok.version, method: "PAYOUT", reference: "TRF-IB-0007" }));
  await claimFor(iker, fundId, formacion, photo); // waits in the queue
}
