import type { MemberStatus, PartnerRole, PartnerStatus, PartnerType } from "@/lib/generated/prisma/enums";

/**
 * What the partner services hand to pages, actions and components: chosen fields, never
 * whole rows (a row with its relations can carry a login's secrets).
 */

/** A partner company as both sides see it. */
export type PartnerProfile = {
  id: string;
  name: string;
  type: PartnerType;
  status: PartnerStatus;
  tier: string | null;
  country: string | null;
  createdAt: Date;
};

/** A portal user's seat with the person behind it. */
export type PortalSeat = {
  id: string;
  userId: string;
  role: PartnerRole;
  status: MemberStatus;
  user: { name: string; email: string; lastLoginAt: Date | null };
};

/** The vendor's view of one partner: its profile and portal users. */
export type PartnerDetail = { partner: PartnerProfile; users: PortalSeat[] };

/** What changed when a portal seat was created or switched on or off. */
export type SeatChange = { id: string; partnerId: string; userId: string; role: PartnerRole; status: MemberStatus };
