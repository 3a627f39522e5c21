import "server-only";
import { dateToDay } from "@/lib/activities/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OpportunityDetail, OpportunityListItem } from "./types";

/** How opportunities are read for lists, the board and their page (one shape for both sides). */

export const OPPORTUNITY_ITEM = {
  id: true,
  name: true,
  customerName: true,
  status: true,
  amountMinor: true,
  currency: true,
  closeOn: true,
  createdAt: true,
  stage: { select: { id: true, name: true, probability: true } },
  partner: { select: { id: true, name: true } },
  territory: { select: { id: true, path: true } },
  rep: { select: { id: true, user: { select: { name: true } } } },
} as const satisfies Prisma.OpportunitySelect;

export const OPPORTUNITY_DETAIL = {
  ...OPPORTUNITY_ITEM,
  version: true,
  domain: true,
  taxId: true,
  country: true,
  criteriaMet: true,
  winReason: true,
  lossReason: true,
  closedAt: true,
  stageChangedAt: true,
  registrationId: true,
  account: { select: { id: true, name: true } },
} as const satisfies Prisma.OpportunitySelect;

type ItemRow = Prisma.OpportunityGetPayload<{ select: typeof OPPORTUNITY_ITEM }>;
type DetailRow = Prisma.OpportunityGetPayload<{ select: typeof OPPORTUNITY_DETAIL }>;

/**
 * A row as its reader may see it: reps are the vendor's seats, so a partner is never
 * shown one (row-level security would hide the seat anyway; this keeps the shape honest).
 */
export function opportunityItem(audience: "vendor" | "partner", row: ItemRow): OpportunityListItem {
  const { rep, closeOn, ...rest } = row;
  return {
    ...rest,
    closeOn: dateToDay(closeOn),
    rep: audience === "vendor" && rep ? { membershipId: rep.id, name: rep.user.name } : null,
  };
}

export function opportunityDetail(audience: "vendor" | "partner", row: DetailRow): OpportunityDetail {
  const { version, domain, taxId, country, criteriaMet, winReason, lossReason, closedAt, stageChangedAt, registrationId, account, ...item } = row;
  return {
    ...opportunityItem(audience, item),
    version,
    domain,
    taxId,
    country,
    criteriaMet,
    winReason,
    lossReason,
    closedAt,
    stageChangedAt,
    registrationId,
    account,
  };
}
