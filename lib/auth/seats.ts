import "server-only";
import type { MemberStatus } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { readStatement } from "@/lib/db/statement";
import type { PartnerCtx, SessionUser, TenantInfo, VendorCtx } from "./context";

/** Tenant fields every context carries, as a JSON object of the tenant row `t`. */
function tenantJson(t: string): string {
  return `json_build_object('id', ${t}.id, 'slug', ${t}.slug, 'name', ${t}.name, 'defaultLocale', ${t}."defaultLocale",
    'currency', ${t}.currency, 'timeZone', ${t}."timeZone", 'brandColor', ${t}."brandColor", 'logoFileId', ${t}."logoFileId")`;
}

/**
 * Every seat of the login in the row `u` of "User", as two JSON columns `memberships` and
 * `partnerUsers` (with their tenants and partners): part of the session lookup's one
 * statement (lib/auth/session.ts) and of `loadSeats`. Row-level security lets a user read
 * their own seats, their tenants and the partners they belong to with only `app.user_id`
 * set. Ordered so that a list of them reads the same on every request.
 */
export function seatsColumns(u: string): string {
  return `COALESCE((
      SELECT json_agg(json_build_object('role', m.role, 'status', m.status, 'tenant', ${tenantJson("mt")}) ORDER BY mt.slug)
        FROM "Membership" m JOIN "Tenant" mt ON mt.id = m."tenantId"
       WHERE m."userId" = ${u}.id), '[]') AS memberships,
    COALESCE((
      SELECT json_agg(json_build_object('role', pu.role, 'status', pu.status, 'tenant', ${tenantJson("pt")},
               'partner', json_build_object('id', p.id, 'name', p.name, 'type', p.type, 'status', p.status))
             ORDER BY pt.slug, p.name)
        FROM "PartnerUser" pu
        JOIN "Tenant" pt ON pt.id = pu."tenantId"
        JOIN "Partner" p ON p."tenantId" = pu."tenantId" AND p.id = pu."partnerId"
       WHERE pu."userId" = ${u}.id), '[]') AS "partnerUsers"`;
}

/** Every seat of one login, for a context that did not come from this request's session. */
export async function loadSeats(userId: string): Promise<UserSeats> {
  const [row] = await readStatement<SeatRows>(
    { audience: "anonymous", userId },
    Prisma.sql`SELECT ${Prisma.raw(seatsColumns("u"))} FROM "User" u WHERE u.id = ${userId}`,
  );
  return row ? seatsOf(row) : { vendor: [], partner: [] };
}

export type VendorSeat = { role: VendorCtx["role"]; status: MemberStatus; tenant: TenantInfo };
export type PartnerSeat = { role: PartnerCtx["role"]; status: MemberStatus; tenant: TenantInfo; partner: PartnerCtx["partner"] };
/** A login's seats in every tenant, whatever their status. */
export type UserSeats = { vendor: VendorSeat[]; partner: PartnerSeat[] };

/** What `seatsColumns` reads. */
export type SeatRows = { memberships: VendorSeat[]; partnerUsers: PartnerSeat[] };

export function seatsOf(row: SeatRows): UserSeats {
  return { vendor: row.memberships, partner: row.partnerUsers };
}

/**
 * The seats loaded with this request's session, keyed by the very user object the session
 * lookup made (and every context of the request carries): a context built any other way
 * (jobs, tests) finds nothing here and its seats are read from the database.
 */
const sessionSeats = new WeakMap<SessionUser, UserSeats>();

export function rememberSeats(user: SessionUser, seats: UserSeats): void {
  sessionSeats.set(user, seats);
}

export function seatsLoadedWith(user: SessionUser): UserSeats | undefined {
  return sessionSeats.get(user);
}
