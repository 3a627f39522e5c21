import "server-only";
import type { MemberStatus } from "@/lib/generated/prisma/enums";
import type { PartnerCtx, SessionUser, TenantInfo, VendorCtx } from "./context";

/** Tenant fields every context carries. */
export const TENANT_FIELDS = { id: true, slug: true, name: true, defaultLocale: true, currency: true, timeZone: true, brandColor: true, logoFileId: true } as const;

/**
 * Every seat of one login, as a Prisma `select` on User: loaded together with the session
 * check (lib/auth/session.ts) in one statement, and by `listWorkspaces` for a context that
 * did not come from this request's session. Row-level security lets a user read their own
 * seats, their tenants and the partners they belong to with only `app.user_id` set.
 */
export const SEATS_SELECT = {
  memberships: { select: { role: true, status: true, tenant: { select: TENANT_FIELDS } } },
  partnerUsers: {
    select: {
      role: true,
      status: true,
      tenant: { select: TENANT_FIELDS },
      partner: { select: { id: true, name: true, type: true, status: true } },
    },
  },
} as const;

export type VendorSeat = { role: VendorCtx["role"]; status: MemberStatus; tenant: TenantInfo };
export type PartnerSeat = { role: PartnerCtx["role"]; status: MemberStatus; tenant: TenantInfo; partner: PartnerCtx["partner"] };
/** A login's seats in every tenant, whatever their status. */
export type UserSeats = { vendor: VendorSeat[]; partner: PartnerSeat[] };

export function seatsOf(row: { memberships: VendorSeat[]; partnerUsers: PartnerSeat[] }): UserSeats {
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
