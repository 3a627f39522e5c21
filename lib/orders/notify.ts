import "server-only";
import { usersWithPermission } from "@/lib/auth/holders";
import { rolesWithPermission, vendorCan } from "@/lib/auth/permissions";
import type { PartnerRole, VendorRole } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { toDecimalString } from "@/lib/money";
import type { EventPayload, TenantEventType } from "@/lib/notify/events";
import { publishEvent } from "@/lib/notify/publish";
import { APPROVER_PERMISSIONS, type ApproverPermission } from "./schema";

/**
 * Who hears about an order, and where the message leads. Approvers are the partner's
 * channel manager when that seat may approve orders, else every holder of the rule's
 * approver permission; the rep is the channel manager (who reads orders); the partner's
 * users are its `ownOrders.read` holders; credit holds also go to `orders.credit`
 * holders (finance). Called in a vendor or system scope (seats are the vendor's to read).
 */

export type TenantNames = { slug: string; name: string };

export const orderLink = (tenant: TenantNames, side: "vendor" | "partner", id: string) =>
  `/${tenant.slug}/${side === "vendor" ? "admin" : "portal"}/orders/${id}`;

/** "SO-000042"; a draft has no number yet. */
export { orderNumberText } from "./schema";

export const amountText = (minor: bigint, currency: string) => `${toDecimalString(minor, currency)} ${currency}`;

/** Everyone who may hear about a partner's order, with their roles (active seats only). */
export type OrderAudience = {
  /** the partner's channel manager (the rep) */
  manager: { userId: string; role: VendorRole } | null;
  members: { userId: string; role: VendorRole }[];
  /** the partner's users */
  partnerUsers: { userId: string; role: PartnerRole }[];
};

/** The audience of a partner's orders in one statement (seats are the vendor's to read: a vendor or system scope). */
export async function unsafeOrderAudience(tx: Tx, tenantId: string, partnerId: string): Promise<OrderAudience> {
  return audienceOf(await tx.$queryRaw<AudienceRow[]>(orderAudienceSql(tenantId, partnerId)));
}

type AudienceRow = { kind: "manager" | "member" | "partner"; userId: string; role: string };

/**
 * The statement of `unsafeOrderAudience` (also sent by hand: lib/orders/submit.ts, and with
 * the partner as a subquery of its order: lib/orders/allocation.ts); its rows go to `audienceOf`.
 */
export const orderAudienceSql = (tenantId: string, partnerId: string | Prisma.Sql) => Prisma.sql`
    SELECT 'manager' AS "kind", m."userId", m."role"::text AS "role"
      FROM "Partner" p JOIN "Membership" m ON m."tenantId" = p."tenantId" AND m."id" = p."channelManagerId"
     WHERE p."tenantId" = ${tenantId} AND p."id" = ${partnerId} AND m."status" = 'ACTIVE'
    UNION ALL
    SELECT 'member', "userId", "role"::text FROM "Membership" WHERE "tenantId" = ${tenantId} AND "status" = 'ACTIVE'
    UNION ALL
    SELECT 'partner', "userId", "role"::text FROM "PartnerUser" WHERE "tenantId" = ${tenantId} AND "partnerId" = ${partnerId} AND "status" = 'ACTIVE'`;

export function audienceOf(rows: readonly AudienceRow[]): OrderAudience {
  const manager = rows.find((r) => r.kind === "manager");
  return {
    manager: manager ? { userId: manager.userId, role: manager.role as VendorRole } : null,
    members: rows.filter((r) => r.kind === "member").map((r) => ({ userId: r.userId, role: r.role as VendorRole })),
    partnerUsers: rows.filter((r) => r.kind === "partner").map((r) => ({ userId: r.userId, role: r.role as PartnerRole })),
  };
}

const holders = (seats: readonly { userId: string; role: string }[], roles: readonly string[]) => seats.filter((s) => roles.includes(s.role)).map((s) => s.userId);
const distinct = (userIds: readonly string[]) => [...new Set(userIds)].sort();

/** Approvers of an order needing `permission`: the channel manager when that seat may approve, else every holder. */
export function approversIn(audience: OrderAudience, permission: string): string[] {
  const needed = (APPROVER_PERMISSIONS as readonly string[]).includes(permission) ? (permission as ApproverPermission) : "orders.approve";
  if (audience.manager && vendorCan(audience.manager.role, needed)) return [audience.manager.userId];
  return distinct(holders(audience.members, rolesWithPermission(needed).vendor));
}

/** The partner's users who follow its orders, and its rep. */
export function followersIn(audience: OrderAudience): string[] {
  const users = distinct(holders(audience.partnerUsers, rolesWithPermission("ownOrders.read").partner));
  return audience.manager && vendorCan(audience.manager.role, "orders.read") ? [...users, audience.manager.userId] : users;
}

/** Finance: who releases credit holds. */
export const financeIn = (audience: OrderAudience) => distinct(holders(audience.members, rolesWithPermission("orders.credit").vendor));

/** The partner's users who follow its orders, and its rep. */
export async function unsafeFollowersOf(tx: Tx, tenantId: string, partnerId: string): Promise<string[]> {
  return followersIn(await unsafeOrderAudience(tx, tenantId, partnerId));
}

/** Finance: who releases credit holds. */
export const unsafeFinanceOf = (tx: Tx, tenantId: string) => usersWithPermission(tx, { tenantId }, "orders.credit");

/** Publishes one order event to `userIds` (nothing when there is nobody to tell). */
export async function publishOrderEvent(tx: Tx, input: OrderEventInput): Promise<void> {
  const event = orderEvent(input);
  if (event) await publishEvent(tx, event);
}

export type OrderEventInput = { tenantId: string; type: TenantEventType; userIds: readonly string[]; link: string; params: Record<string, string> };

/** What `publishOrderEvent` publishes: null when there is nobody to tell. */
export function orderEvent(input: OrderEventInput): { tenantId: string; type: TenantEventType; payload: EventPayload } | null {
  const userIds = [...new Set(input.userIds)];
  if (!userIds.length) return null;
  return { tenantId: input.tenantId, type: input.type, payload: { recipients: userIds.map((userId) => ({ userId })), link: input.link, params: input.params } };
}
