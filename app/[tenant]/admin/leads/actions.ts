"use server";

import type { VendorCtx } from "@/lib/auth/context";
import { vendorAction } from "@/lib/auth/wrappers";
import { createLeadRule, deleteLeadRule, moveLeadRule, updateLeadRule } from "@/lib/leads/rules";
import { leadRuleIdSchema, leadRuleSchema, leadSchema, leadVersionSchema, loseLeadSchema, moveLeadRuleSchema, updateLeadRuleSchema } from "@/lib/leads/schema";
import { createLead, distributeLead, loseLead } from "@/lib/leads/service";

const leads = (ctx: VendorCtx) => `/${ctx.tenant.slug}/admin/leads`;
const rules = (ctx: VendorCtx) => `${leads(ctx)}/rules`;

/** Enters a lead and offers it to the partner the rules choose; lands on the lead. */
export const createLeadAction = vendorAction("leads.manage", leadSchema, (ctx, input) => createLead(ctx, input), {
  revalidate: leads,
  redirectTo: (ctx, result) => `${leads(ctx)}/${result.id}`,
});

/** Offers a lead again that nobody holds. */
export const distributeLeadAction = vendorAction("leads.manage", leadVersionSchema, (ctx, input) => distributeLead(ctx, input), {
  success: "leads.actions.distributed",
  revalidate: leads,
});

/** Closes a lead as lost, with a reason. */
export const loseLeadAction = vendorAction("leads.manage", loseLeadSchema, (ctx, input) => loseLead(ctx, input), {
  success: "leads.actions.lost",
  revalidate: leads,
});

export const createLeadRuleAction = vendorAction("leads.configure", leadRuleSchema, (ctx, input) => createLeadRule(ctx, input), {
  success: "leads.rules.saved",
  revalidate: rules,
});

export const updateLeadRuleAction = vendorAction("leads.configure", updateLeadRuleSchema, (ctx, input) => updateLeadRule(ctx, input), {
  success: "leads.rules.saved",
  revalidate: rules,
});

export const deleteLeadRuleAction = vendorAction("leads.configure", leadRuleIdSchema, (ctx, input) => deleteLeadRule(ctx, input), {
  success: "leads.rules.deleted",
  revalidate: rules,
});

export const moveLeadRuleAction = vendorAction("leads.configure", moveLeadRuleSchema, (ctx, input) => moveLeadRule(ctx, input), { revalidate: rules });
