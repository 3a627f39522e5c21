import "server-only";
import type { TenantCtx } from "@/lib/auth/context";
import type { Tx } from "@/lib/db/scope";
import { visibleAccounts } from "@/lib/accounts/scope";
import { visibleOpportunities } from "@/lib/deals/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActivitySubjectTypeValue } from "./schema";

/**
 * What an activity can be about. Each subject type says how to find its record within
 * the reader's reach, which partner relationship it belongs to (that decides who in the
 * portal sees its SHARED activities), the Activity columns that point at it, and the
 * filter of its timeline.
 *
 * Accounts (lib/accounts) and deals (lib/deals) attach this way; a later module follows the same four steps:
 *  1. add its value to `ActivitySubjectType` (prisma/schema/activities.prisma) and a
 *     nullable column with a compound foreign key (`dealId String?` +
 *     `deal Deal? @relation(fields: [tenantId, dealId], references: [tenantId, id])`),
 *     plus an index `[tenantId, dealId, occurredOn(sort: Desc), createdAt(sort: Desc)]`;
 *  2. add the value to ACTIVITY_SUBJECT_TYPES (./schema.ts);
 *  3. add its entry below (`resolve` must scope by the reader: a partner user reaches
 *     only its own partner's records);
 *  4. drop `<ActivityTimeline subject={{ type: "DEAL", id }} …/>` on its page.
 */
export type SubjectRecord = {
  /** the partner relationship it belongs to (null: a record of the vendor alone) */
  partnerId: string | null;
  /** the Activity columns naming it */
  columns: Partial<Pick<Prisma.ActivityUncheckedCreateInput, "partnerId" | "accountId" | "opportunityId" | "forecastPlanId">>;
};

export type SubjectDefinition = {
  /** The record, or null when it does not exist or the reader may not reach it (NOT_FOUND). */
  resolve: (tx: Tx, ctx: TenantCtx, id: string) => Promise<SubjectRecord | null>;
  /** The timeline of one record. */
  where: (id: string) => Prisma.ActivityWhereInput;
};

export const ACTIVITY_SUBJECTS: Record<ActivitySubjectTypeValue, SubjectDefinition> = {
  PARTNER: {
    resolve: async (tx, ctx, id) => {
      if (ctx.audience === "partner" && id !== ctx.partnerId) return null;
      const partner = await tx.partner.findUnique({
        where: { tenantId_id: { tenantId: ctx.tenantId, id } },
        select: { id: true },
      });
      return partner ? { partnerId: partner.id, columns: { partnerId: partner.id } } : null;
    },
    // A partner's timeline holds everything of that relationship, its accounts' entries too.
    where: (id) => ({ partnerId: id }),
  },
  ACCOUNT: {
    // The account's partner at the time decides who in the portal sees its shared entries
    // (a reassigned account's history stays with the partner that worked it).
    resolve: async (tx, ctx, id) => {
      const account = await tx.account.findFirst({
        where: { ...visibleAccounts(ctx), id },
        select: { id: true, partnerId: true },
      });
      return account ? { partnerId: account.partnerId, columns: { partnerId: account.partnerId, accountId: account.id } } : null;
    },
    where: (id) => ({ accountId: id }),
  },
  DEAL: {
    // An opportunity: a partner's (its shared entries show in that partner's portal) or a
    // direct deal of the vendor (internal only: no partner reads it).
    resolve: async (tx, ctx, id) => {
      const deal = await tx.opportunity.findFirst({ where: { ...visibleOpportunities(ctx), id }, select: { id: true, partnerId: true } });
      return deal ? { partnerId: deal.partnerId, columns: { partnerId: deal.partnerId, opportunityId: deal.id } } : null;
    },
    where: (id) => ({ opportunityId: id }),
  },
  FORECAST_PLAN: {
    // A forecasting action plan (lib/forecasting/plans.ts): the vendor's alone. A plan on a
    // partner puts its tasks on that partner's timeline too.
    resolve: async (tx, ctx, id) => {
      if (ctx.audience === "partner") return null;
      const plan = await tx.forecastActionPlan.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id } }, select: { id: true, partnerId: true } });
      return plan ? { partnerId: plan.partnerId, columns: { partnerId: plan.partnerId, forecastPlanId: plan.id } } : null;
    },
    where: (id) => ({ forecastPlanId: id }),
  },
};
