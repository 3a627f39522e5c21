import { can, type TenantCtx } from "@/lib/auth/context";
import { EVENTS, TUNABLE_EVENTS, type EventDefinition, type EventType } from "./events";

/**
 * Whether an event can reach the person acting in `ctx`, read from the event's declared
 * audience: the permission(s) its recipients are chosen by — the same table
 * `usersWithPermission` reads — or the side of a seat holder it speaks to about their own
 * seat. A partner user is thus never offered "a partner was created": no partner role
 * holds partners.manage.
 */
export function eventConcerns(ctx: TenantCtx, type: EventType): boolean {
  const definition: EventDefinition = EVENTS[type];
  const audience = definition.audience;
  if (!audience) return false;
  if ("seat" in audience) return audience.seat === ctx.audience;
  return audience.permissions.some((permission) => can(ctx, permission));
}

/** The tunable events of the preferences page for this person in this workspace. */
export function tunableEventsFor(ctx: TenantCtx): EventType[] {
  return TUNABLE_EVENTS.filter((type) => eventConcerns(ctx, type));
}
