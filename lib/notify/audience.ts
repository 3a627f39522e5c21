import type { Permission } from "@/lib/auth/permissions";
import { EVENTS, TUNABLE_EVENTS, type EventDefinition, type EventType } from "./events";

/** A seat as far as event audiences care: its side, and the permissions its role holds. */
export type SeatHolder = { side: "vendor" | "partner"; holds: (permission: Permission) => boolean };

/**
 * Whether an event can reach a seat holder, read from the event's declared audience: the
 * permission(s) its recipients are chosen by — the same table `usersWithPermission`
 * reads — or the side of a seat holder it speaks to about their own seat. A partner user
 * is thus never offered "a partner was created": no partner role holds partners.manage.
 */
export function eventConcerns(type: EventType, seat: SeatHolder): boolean {
  const definition: EventDefinition = EVENTS[type];
  const audience = definition.audience;
  if (!audience) return false;
  if ("seat" in audience) return audience.seat === seat.side;
  return audience.permissions.some((permission) => seat.holds(permission));
}

/** The tunable events a preferences page offers this seat holder. */
export function offeredEvents(seat: SeatHolder): EventType[] {
  return TUNABLE_EVENTS.filter((type) => eventConcerns(type, seat));
}
