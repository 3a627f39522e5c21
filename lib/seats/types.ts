import type { MemberStatus, PartnerRole, VendorRole } from "@/lib/generated/prisma/enums";

/**
 * A seat is one person's access to one tenant: a back-office seat (`Membership`, a vendor
 * role) or a portal seat (`PartnerUser`, a partner role in one partner). Both live the same
 * life — INVITED until the person accepts, ACTIVE, DEACTIVATED and back — written once in
 * lib/seats/lifecycle.ts.
 */
export type SeatKind = "vendor" | "partner";
export type SeatRole = VendorRole | PartnerRole;

/** What changed when a seat was created, answered, resent or switched on or off. */
export type SeatChange = {
  kind: SeatKind;
  id: string;
  userId: string;
  role: SeatRole;
  status: MemberStatus;
  /** the partner of a portal seat; null for a back-office seat */
  partnerId: string | null;
};

/** A seat as the lifecycle decides on it (never leaves lib/seats: it knows about passwords). */
export type SeatState = SeatChange & {
  /** the person accepted it once (reactivation then gives ACTIVE, otherwise INVITED) */
  accepted: boolean;
  /** the login has a password (a resent invitation then carries no set-password link) */
  hasPassword: boolean;
  /** the portal seat's partner name, for the invitation's words */
  partnerName: string | null;
};

/**
 * Which seats an actor reaches: the tenant's back-office seats, its portal seats, or —
 * for a partner admin — the portal seats of their own partner only.
 */
export type SeatScope = { kind: "vendor" } | { kind: "partner"; partnerId?: string };
