import "server-only";
import { usersWithPermission } from "@/lib/auth/holders";
import { recordAudit } from "@/lib/audit/service";
import type { Tx } from "@/lib/db/scope";
import { publishEvent } from "@/lib/notify/publish";

export type SeatKind = "vendor" | "partner";

/**
 * Turns the person's INVITED seat(s) in one tenant ACTIVE — only ever by the person's
 * own act (following the invitation link, or accepting on the workspace chooser), never
 * by the inviter's. Runs in the caller's transaction with a system scope for that tenant.
 * `seat` narrows it to one seat; the update is conditional on INVITED, and the number of
 * seats it changed is returned with the home to go to.
 */
export async function activateSeats(
  tx: Tx,
  input: {
    userId: string;
    tenantId: string;
    name: string;
    email: string;
    meta: { requestId: string; ip: string | null };
    seat?: { kind: SeatKind; id: string };
  },
): Promise<{ home: string; activated: number }> {
  const { userId, tenantId } = input;
  const now = new Date();
  const where = { tenantId, userId, status: "INVITED" as const };
  const data = { status: "ACTIVE" as const, acceptedAt: now };
  const only = input.seat;
  const vendor = only?.kind === "partner" ? 0 : (await tx.membership.updateMany({ where: { ...where, ...(only ? { id: only.id } : {}) }, data })).count;
  const partner = only?.kind === "vendor" ? 0 : (await tx.partnerUser.updateMany({ where: { ...where, ...(only ? { id: only.id } : {}) }, data })).count;
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { slug: true, name: true } });
  const home = vendor > 0 ? `/${tenant.slug}/admin` : partner > 0 ? `/${tenant.slug}/portal` : "/workspaces";
  if (vendor + partner === 0) return { home, activated: 0 };

  // Told: whoever may manage the kind of seat that was accepted.
  const watchers = await usersWithPermission(tx, { tenantId, except: userId }, vendor > 0 ? "users.manage" : "partnerUsers.manage");
  if (watchers.length) {
    await publishEvent(tx, {
      tenantId,
      type: "invitation.accepted",
      payload: {
        recipients: watchers.map((id) => ({ userId: id })),
        link: `/${tenant.slug}/admin/${vendor > 0 ? "users" : "partners"}`,
        params: { name: input.name, tenant: tenant.name },
      },
    });
  }
  await recordAudit(tx, { audience: "system", tenantId, requestId: input.meta.requestId, ip: input.meta.ip }, {
    action: "user.invitationAccepted",
    entityType: "User",
    entityId: userId,
    actorUserId: userId, // the person accepting acts, not "System"
    after: { email: input.email, seats: vendor + partner },
  });
  return { home, activated: vendor + partner };
}
