"use server";

import type { VendorCtx } from "@/lib/auth/context";
import { vendorAction } from "@/lib/auth/wrappers";
import { createOnboardingItem, deleteOnboardingItem, moveOnboardingItem, publishAgreement } from "@/lib/programs/checklist";
import { deleteMetric } from "@/lib/programs/enrolment";
import { evaluateProgramNow } from "@/lib/programs/jobs";
import {
  createItemSchema,
  createProgramSchema,
  createTierSchema,
  itemIdSchema,
  metricIdSchema,
  moveItemSchema,
  moveTierSchema,
  publishAgreementSchema,
  tierIdSchema,
  updateProgramSchema,
  updateTierSchema,
} from "@/lib/programs/schema";
import { createProgram, createTier, deleteTier, moveTier, updateProgram, updateTier } from "@/lib/programs/service";
import { z } from "zod";

const programPath = (ctx: VendorCtx, programId: string) => `/${ctx.tenant.slug}/admin/programs/${programId}`;
const revalidateProgram = { revalidate: (ctx: VendorCtx, result: { programId: string }) => programPath(ctx, result.programId) };

/** Creates the program and opens its page, where tiers and the checklist are defined next. */
export const createProgramAction = vendorAction(
  "programs.manage",
  createProgramSchema,
  async (ctx, input) => ({ programId: (await createProgram(ctx, input)).id }),
  { revalidate: (ctx) => `/${ctx.tenant.slug}/admin/programs`, redirectTo: (ctx, result) => programPath(ctx, result.programId) },
);

export const updateProgramAction = vendorAction(
  "programs.manage",
  updateProgramSchema,
  async (ctx, input) => ({ programId: (await updateProgram(ctx, input)).id }),
  { success: "programs.definition.saved", ...revalidateProgram },
);

export const createTierAction = vendorAction(
  "programs.manage",
  createTierSchema,
  async (ctx, input) => {
    await createTier(ctx, input);
    return { programId: input.programId };
  },
  revalidateProgram,
);

export const updateTierAction = vendorAction("programs.manage", updateTierSchema, (ctx, input) => updateTier(ctx, input), revalidateProgram);
export const deleteTierAction = vendorAction("programs.manage", tierIdSchema, (ctx, input) => deleteTier(ctx, input), revalidateProgram);
export const moveTierAction = vendorAction("programs.manage", moveTierSchema, (ctx, input) => moveTier(ctx, input), revalidateProgram);

export const createItemAction = vendorAction(
  "programs.manage",
  createItemSchema,
  async (ctx, input) => {
    await createOnboardingItem(ctx, input);
    return { programId: input.programId };
  },
  revalidateProgram,
);

export const deleteItemAction = vendorAction("programs.manage", itemIdSchema, (ctx, input) => deleteOnboardingItem(ctx, input), revalidateProgram);
export const moveItemAction = vendorAction("programs.manage", moveItemSchema, (ctx, input) => moveOnboardingItem(ctx, input), revalidateProgram);

export const publishAgreementAction = vendorAction(
  "programs.manage",
  publishAgreementSchema,
  async (ctx, input) => {
    await publishAgreement(ctx, input);
    return { programId: input.programId };
  },
  { success: "programs.agreement.published", ...revalidateProgram },
);

/** "Evaluate all now": every partner of the program, at once. */
export const evaluateProgramAction = vendorAction(
  "partnerPrograms.manage",
  z.object({ programId: z.string().min(1).max(64) }),
  async (ctx, input) => {
    await evaluateProgramNow(ctx, input);
    return { programId: input.programId };
  },
  { success: "programs.definition.evaluated", ...revalidateProgram },
);

/** Deletes a mistaken recorded value (the list of recorded values). */
export const deleteMetricAction = vendorAction("metrics.record", metricIdSchema, (ctx, input) => deleteMetric(ctx, input), {
  revalidate: (ctx) => `/${ctx.tenant.slug}/admin/programs/metrics`,
});
