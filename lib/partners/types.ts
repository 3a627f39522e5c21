import type { MemberStatus, PartnerRole, PartnerStatus, PartnerType } from "@/lib/generated/prisma/enums";
import type { SeatCounts } from "@/lib/seats/counts";

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
  /** most portal seats (invited + active) the vendor allows; null = no limit */
  seatLimit: number | null;
  createdAt: Date;
};

/** The vendor user a partner deals with, as the partner sees them. */
export type ChannelManagerContact = { name: string; email: string };

/** …and as the vendor sees them (the seat may have been switched off since). */
export type ChannelManager = ChannelManagerContact & { membershipId: string; active: boolean };

export type { SeatCounts };

/** A portal user's seat with the person behind it. */
export type PortalSeat = {
  id: string;
  userId: string;
  role: PartnerRole;
  status: MemberStatus;
  user: { name: string; email: string; lastLoginAt: Date | null };
};

/** The vendor's view of one partner: its profile, channel manager, seats and portal users. */
export type PartnerDetail = {
  partner: PartnerProfile;
  channelManager: ChannelManager | null;
  seats: SeatCounts;
  users: PortalSeat[];
  /** the tenant's rule: do partner admins manage their own team? */
  teamSelfService: boolean;
};

/** The partner's own company on its portal home, with the person to call at the vendor. */
export type OwnPartner = PartnerProfile & { channelManager: ChannelManagerContact | null };

/** What changed when a portal seat was created, resent or switched on or off. */
export type PortalSeatChange = {
  id: string;
  partnerId: string;
  userId: string;
  role: PartnerRole;
  status: MemberStatus;
};

/** A vendor user who may be a partner's channel manager (a back-office seat with partners.manage). */
export type ChannelManagerOption = { membershipId: string; name: string; email: string };

/**
 * The vendor's rules for a partner's team, as its partner admins work within them:
 * whether they manage it themselves, and how many seats it may hold.
 */
export type TeamRules = { selfService: boolean; seatLimit: number | null; seats: SeatCounts };

/** A status change the partner page may offer (lib/partners/lifecycle.ts). */
export type PartnerTransition = {
  to: PartnerStatus;
  action: "startOnboarding" | "activate" | "suspend" | "reinstate" | "offboard";
};

/** What one lifecycle change did. */
export type PartnerStatusChange = PartnerTransition & { partnerId: string; from: PartnerStatus; reason: string };

/** One line of a partner's status history; `actor` null = Canal itself (a rule). */
export type PartnerStatusEntry = {
  id: string;
  at: Date;
  from: PartnerStatus | null;
  to: PartnerStatus | null;
  reason: string;
  actor: string | null;
};
