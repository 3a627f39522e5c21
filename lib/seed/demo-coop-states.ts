import "server-only";
import { randomUUID } from "node:crypto";
import { addDays, todayIn } from "@/lib/activities/dates";
import { authorize, systemCtx, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { decideClaim, submitClaim } from "@/lib/coop/claims";
import { expireTenant } from "@/lib/coop/expiry";
import { allocateFunds } from "@/lib/coop/funds";
import { createProgram } from "@/lib/coop/programs";
import { cancelRequest, decideRequest, proposeRequest } from "@/lib/coop/requests";
import { allocateSchema, claimSchema, decideClaimSchema, decideRequestSchema, programSchema, requestSchema } from "@/lib/coop/schema";

/**
 * The co-op states the main demo (./demo-coop.ts) leaves out, so every back-office queue and
 * filter has a real row: a request withdrawn by the partner, one that expired unclaimed, and a
 * claim waiting for the partner's answer to a question. Bluepeak's, from a "Trade-show
 * sprint" MDF whose claims are due the day the activity ends — the daily expiry job, run as
 * it would run tomorrow, expires the one left unclaimed.
 */
export async function seedAcmeCoopStates(ctx: VendorCtx, people: { bluepeakId: string; portal: (email: string) => Promise<PartnerCtx>; proofId: (portal: PartnerCtx) => Promise<string> }): Promise<void> {
  authorize(ctx, "coop.manage");
  const sprint = await createProgram(
    ctx,
    programSchema.parse({
      kind: "MDF",
      name: "Trade-show sprint MDF",
      campaign: "Autumn trade shows",
      description: "Short-notice trade-show support: claims are due the day the show ends.",
      currency: ctx.tenant.currency,
      period: "QUARTER",
      activityTypes: ["TRADE_SHOW", "EVENT"],
      maxSharePercent: "60",
      requiresPreApproval: true,
      claimDays: "0",
      graceDays: "30",
      expenseAccount: "6150",
    }),
  );
  const fundId = (await allocateFunds(ctx, allocateSchema.parse({ programId: sprint.id, partnerId: people.bluepeakId, amount: "2500", reason: "Autumn shows", submissionKey: randomUUID() }))).fundIds[0]!;
  const blanca = await people.portal("admin@bluepeak.test");
  const day = todayIn(ctx.tenant.timeZone);
  const propose = (title: string, cost: string, amount: string) =>
    proposeRequest(blanca, requestSchema.parse({ fundId, activityType: "TRADE_SHOW", title, startsOn: day, endsOn: day, plannedCost: cost, requested: amount, submissionKey: randomUUID() }));

  // withdrawn by the partner before a decision
  const radio = await propose("Regional IT fair stand", "1500", "900");
  await cancelRequest(blanca, { requestId: radio.id, version: radio.version, reason: "The fair was postponed." });

  // approved, claimed, and waiting for the partner's answer to a question
  const fair = await propose("Security expo, Valencia", "2000", "1200");
  const fairApproved = await decideRequest(ctx, decideRequestSchema.parse({ requestId: fair.id, version: fair.version, decision: "APPROVE" }));
  const fairClaim = await submitClaim(
    blanca,
    claimSchema.parse({ fundId, requestId: fairApproved.id, activityType: "TRADE_SHOW", title: "Security expo, Valencia", startsOn: day, endsOn: day, actualCost: "2000", claimed: "1200", proofFileIds: [await people.proofId(blanca)], submissionKey: randomUUID() }),
  );
  await decideClaim(ctx, decideClaimSchema.parse({ claimId: fairClaim.id, version: fairClaim.version, decision: "ASK_INFO", reason: "Please add a photo of the stand with Acme's banner." }));

  // approved and never claimed: tomorrow's expiry run releases it
  const demo = await propose("Live demo corner, IT fair", "800", "400");
  await decideRequest(ctx, decideRequestSchema.parse({ requestId: demo.id, version: demo.version, decision: "APPROVE" }));
  await expireTenant(systemCtx(ctx.tenantId), new Date(`${addDays(day, 1)}T12:00:00Z`));
}
