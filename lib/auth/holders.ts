import "server-only";
import type { Tx } from "@/lib/db/scope";
import { rolesWithPermission, type Permission } from "./permissions";

type Audience = {
  tenantId: string;
  /** Also include this partner's users whose partner role holds the permission. */
  partnerId?: string;
  /** Leave this user out (usually the actor, who knows what they just did). */
  except?: string;
};

/**
 * The users with an active seat that holds `permission`, for choosing who hears about an
 * event: the roles come from the permission table, never from a list of role names, so
 * granting a permission to a role also makes it a recipient. Runs in the caller's
 * transaction (its row-level-security scope must see the tenant's seats).
 */
export async function usersWithPermission(tx: Tx, audience: Audience, permission: Permission): Promise<string[]> {
  const roles = rolesWithPermission(permission);
  const notMe = audience.except ? { userId: { not: audience.except } } : {};
  const [members, partnerUsers] = await Promise.all([
    roles.vendor.length
      ? tx.membership.findMany({
          where: { tenantId: audience.tenantId, status: "ACTIVE", role: { in: roles.vendor }, ...notMe },
          select: { userId: true },
        })
      : [],
    audience.partnerId && roles.partner.length
      ? tx.partnerUser.findMany({
          where: {
            tenantId: audience.tenantId,
            partnerId: audience.partnerId,
            status: "ACTIVE",
            role: { in: roles.partner },
            ...notMe,
          },
          select: { userId: true },
        })
      : [],
  ]);
  return [...new Set([...members, ...partnerUsers].map((seat) => seat.userId))].sort();
}
