"use server";

import type { VendorCtx } from "@/lib/auth/context";
import { vendorAction } from "@/lib/auth/wrappers";
import { decideClaim } from "@/lib/coop/claims";
import { adjustFund, allocateFunds } from "@/lib/coop/funds";
import { payClaim } from "@/lib/coop/pay";
import { createProgram, updateProgram } from "@/lib/coop/programs";
import { saveCoopSettings } from "@/lib/coop/settings";
import { decideRequest } from "@/lib/coop/requests";
import { adjustSchema, allocateSchema, decideClaimSchema, decideRequestSchema, coopSettingsSchema, payClaimSchema, programSchema, updateProgramSchema } from "@/lib/coop/schema";

// Every decision is checked by the service against its transition table (lib/coop/lifecycle.ts) and the version shown.
const base = (ctx: VendorCtx) => `/${ctx.tenant.slug}/admin/coop`;

export const decideCoopClaimAction = vendorAction("coop.review", decideClaimSchema, (ctx, input) => decideClaim(ctx, input), {
  revalidate: (ctx, result) => `${base(ctx)}/claims/${result.id}`,
});

export const decideCoopRequestAction = vendorAction("coop.review", decideRequestSchema, (ctx, input) => decideRequest(ctx, input), {
  revalidate: (ctx, result) => `${base(ctx)}/requests/${result.id}`,
});

/** Credit note or payout, in one transaction with the ledger entries (lib/coop/pay.ts). */
export const payCoopClaimAction = vendorAction("coop.pay", payClaimSchema, (ctx, input) => payClaim(ctx, input), {
  revalidate: (ctx, result) => `${base(ctx)}/claims/${result.id}`,
});

export const createCoopProgramAction = vendorAction("coop.manage", programSchema, (ctx, input) => createProgram(ctx, input), {
  revalidate: (ctx) => `${base(ctx)}/programs`,
  redirectTo: (ctx, result) => `${base(ctx)}/programs/${result.id}`,
});

export const updateCoopProgramAction = vendorAction("coop.manage", updateProgramSchema, (ctx, input) => updateProgram(ctx, input), {
  success: "coopAdmin.program.saved",
  revalidate: (ctx, result) => `${base(ctx)}/programs/${result.id}`,
});

/** MDF for a partner or a tier; the answer names the funds it landed in. */
export const allocateCoopAction = vendorAction("coop.manage", allocateSchema, (ctx, input) => allocateFunds(ctx, input), {
  revalidate: (ctx) => `${base(ctx)}/funds`,
  redirectTo: (ctx, result) => (result.fundIds.length === 1 ? `${base(ctx)}/funds/${result.fundIds[0]}` : `${base(ctx)}/funds`),
});

export const adjustCoopFundAction = vendorAction("coop.manage", adjustSchema, async (ctx, input) => ({ ...(await adjustFund(ctx, input)), fundId: input.fundId }), {
  success: "coopAdmin.adjust.done",
  revalidate: (ctx, result) => `${base(ctx)}/funds/${result.fundId}`,
});

/** The review targets of the queues (hours for requests and for claims); audited with before and after. */
export const saveCoopSettingsAction = vendorAction("coop.manage", coopSettingsSchema, async (ctx, input) => ({ version: (await saveCoopSettings(ctx, input)).version }), {
  success: "coopAdmin.settings.saved",
  revalidate: (ctx) => `${base(ctx)}/settings`,
});
