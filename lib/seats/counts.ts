import type { MemberStatus } from "@/lib/generated/prisma/enums";

/** Seats by state: invited and active people are never added up into one number. */
export type SeatCounts = { active: number; invited: number; deactivated: number };

/** SeatCounts from a `groupBy(["status"])` (or grouped by more, already narrowed to one group). */
export function seatCounts(groups: readonly { status: MemberStatus; _count: { _all: number } }[]): SeatCounts {
  const of = (status: MemberStatus) =>
    groups.filter((g) => g.status === status).reduce((sum, g) => sum + g._count._all, 0);
  return { active: of("ACTIVE"), invited: of("INVITED"), deactivated: of("DEACTIVATED") };
}
