import "server-only";
import { usersWithPermission } from "@/lib/auth/holders";
import { recordAudit } from "@/lib/audit/service";
import type { Tx } from "@/lib/db/scope";
import { publishEvent } from "@/lib/notify/publish";
import { activateInvited, removeInvited } from "./store";
import type { SeatKind } from "./types";

type Meta = { requestId: string; ip: string | null };
type Person = { userId: string; tenantId: string; name: string; email: string; meta: Meta };

/** The system's context for a tenant, acting on the person's own behalf (audited as them). */
const systemOf = (tenantId: string, meta: Meta) => ({ audience: "system" as const, tenantId, requestId: meta.requestId, ip: meta.ip });

/**
 * Turns the person's INVITED seat(s) in one tenant ACTIVE — only ever by the person's
 * own act (following the invitation link, or accepting on the workspace chooser), never
 * by the inviter's. Runs in the caller's transaction with a system scope for that tenant.
 * `seat` narrows it to one seat; the update is conditional on INVITED, and the number of
 * seats it changed is returned with the home to go to.
 *
 * Told: whoever manages that kind of seat — back-office seats: `users.manage`; portal
 * seats: `partnerUsers.manage` in the back office and `partnerTeam.manage` in that
 * partner's portal — and a new portal user gets a welcome in their bell.
 */
export async function acceptSeats(tx: Tx, input: Person & { seat?: { kind: SeatKind; id: string } }): Promise<{ home: string; activated: number }> {
  const { userId, tenantId } = input;
  const activated = await activateInvited(tx, { tenantId, userId, at: new Date(), ...(input.seat ? { seat: input.seat } : {}) });
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { slug: true, name: true } });
  const total = activated.vendor + activated.partner;
  if (total === 0) return { home: "/workspaces", activated: 0 };
  const admin = `/${tenant.slug}/admin`;
  const portal = `/${tenant.slug}/portal`;
  const params = { name: input.name, tenant: tenant.name };

  if (activated.vendor > 0) {
    const watchers = await usersWithPermission(tx, { tenantId, except: userId }, "users.manage");
    await tell(tx, tenantId, watchers, `${admin}/users`, params);
  } else {
    const seat = await tx.partnerUser.findUniqueOrThrow({
      where: { tenantId_userId: { tenantId, userId } },
      select: { partnerId: true, partner: { select: { name: true } } },
    });
    const [vendorSide, partnerSide] = await Promise.all([
      usersWithPermission(tx, { tenantId, except: userId }, "partnerUsers.manage"),
      usersWithPermission(tx, { tenantId, partnerId: seat.partnerId, except: userId }, "partnerTeam.manage"),
    ]);
    const partnerAdmins = partnerSide.filter((id) => !vendorSide.includes(id));
    await tell(tx, tenantId, vendorSide, `${admin}/partners/${seat.partnerId}`, { ...params, partner: seat.partner.name });
    await tell(tx, tenantId, partnerAdmins, `${portal}/team`, { ...params, partner: seat.partner.name });
    await publishEvent(tx, {
      tenantId,
      type: "partnerUser.welcome",
      payload: { recipients: [{ userId }], link: portal, params: { name: input.name, tenant: tenant.name, partner: seat.partner.name } },
    });
  }
  await recordAudit(tx, systemOf(tenantId, input.meta), {
    action: "user.invitationAccepted",
    entityType: "User",
    entityId: userId,
    actorUserId: userId, // the person accepting acts, not "System"
    after: { email: input.email, seats: total },
  });
  return { home: activated.vendor > 0 ? admin : portal, activated: total };
}

async function tell(tx: Tx, tenantId: string, userIds: string[], link: string, params: Record<string, string>): Promise<void> {
  if (userIds.length === 0) return;
  await publishEvent(tx, {
    tenantId,
    type: "invitation.accepted",
    payload: { recipients: userIds.map((id) => ({ userId: id })), link, params },
  });
}

/**
 * The person declines an invitation addressed to them: the INVITED seat is removed and
 * the e-mailed link of this tenant's invitation dies with it. Returns whether the seat
 * was still open (a withdrawn or already answered one is not).
 */
export async function declineSeat(tx: Tx, input: Omit<Person, "name" | "email"> & { seat: { kind: SeatKind; id: string } }): Promise<boolean> {
  const { userId, tenantId, seat } = input;
  if ((await removeInvited(tx, { tenantId, userId, seat })) !== 1) return false;
  await tx.authToken.deleteMany({ where: { userId, tenantId, purpose: "INVITATION", usedAt: null } });
  await recordAudit(tx, systemOf(tenantId, input.meta), {
    action: "user.invitationDeclined",
    actorUserId: userId,
    entityType: seat.kind === "vendor" ? "Membership" : "PartnerUser",
    entityId: seat.id,
    before: { userId, status: "INVITED" },
  });
  return true;
}
