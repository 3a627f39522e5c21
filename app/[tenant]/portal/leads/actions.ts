"use server";

import type { PartnerCtx } from "@/lib/auth/context";
import { partnerAction } from "@/lib/auth/wrappers";
import { convertLead } from "@/lib/leads/convert";
import { convertLeadSchema, declineLeadSchema, leadIdSchema } from "@/lib/leads/schema";
import { acceptLead, declineLead } from "@/lib/leads/service";

const leads = (ctx: PartnerCtx) => `/${ctx.tenant.slug}/portal/leads`;

/** Accepts a lead offered to the partner, within its deadline. */
export const acceptLeadAction = partnerAction("ownLeads.manage", leadIdSchema, (ctx, input) => acceptLead(ctx, input), {
  success: "leads.answer.accepted",
  revalidate: leads,
});

/** Declines with a reason; the lead goes to the next eligible partner. */
export const declineLeadAction = partnerAction("ownLeads.manage", declineLeadSchema, (ctx, input) => declineLead(ctx, input), {
  revalidate: leads,
  redirectTo: leads,
});

/** Converts an accepted lead into a deal registration (duplicate detection included); lands on the registration. */
export const convertLeadAction = partnerAction("ownLeads.manage", convertLeadSchema, (ctx, input) => convertLead(ctx, input), {
  revalidate: leads,
  redirectTo: (ctx, result) => `/${ctx.tenant.slug}/portal/deals/registrations/${result.registrationId}`,
});
