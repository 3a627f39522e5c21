import "server-only";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { rolesWithPermission } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/scope";
import { withReadScope } from "@/lib/db/read";
import { AppError } from "@/lib/errors";
import type { ActivitySubjectTypeValue } from "./schema";
import { ACTIVITY_SUBJECTS } from "./subjects";
import type { AssigneeOption } from "./types";

/**
 * Who a task can be assigned to: an active back-office seat whose role reads activities,
 * or an active portal seat of the task's partner whose role reads shared activities — and
 * then only for a SHARED task (nobody in the portal may hold an internal one). A partner
 * user assigns only within its own partner. Anything else — another tenant's or partner's
 * seat, a switched-off one — is a field error on `assignee`, and nothing is written.
 */

export type ChosenAssignee = {
  userId: string;
  name: string;
  side: "VENDOR" | "PARTNER";
  membershipId: string | null;
  partnerUserId: string | null;
};

const invalid = (message = "activities.validation.assignee") =>
  new AppError("VALIDATION_FAILED", { fields: { assignee: [message] } });

/** The deep link of a task notice: the assignee's own "my tasks". */
export function taskLink(tenantSlug: string, side: "VENDOR" | "PARTNER"): string {
  return side === "VENDOR" ? `/${tenantSlug}/admin/tasks` : `/${tenantSlug}/portal/tasks`;
}

export async function assigneeChoice(
  tx: Tx,
  ctx: TenantCtx,
  value: string,
  partnerId: string | null,
  visibility: "INTERNAL" | "SHARED",
): Promise<ChosenAssignee> {
  const [side, id] = [value.slice(0, 1), value.slice(2)];
  if (side === "m") {
    if (ctx.audience !== "vendor") throw invalid();
    const seat = await tx.membership.findFirst({
      where: { tenantId: ctx.tenantId, id, status: "ACTIVE", role: { in: rolesWithPermission("activities.read").vendor } },
      select: { id: true, userId: true, user: { select: { name: true, email: true } } },
    });
    if (!seat) throw invalid();
    return { userId: seat.userId, name: seat.user.name || seat.user.email, side: "VENDOR", membershipId: seat.id, partnerUserId: null };
  }
  if (!partnerId) throw invalid();
  const seat = await tx.partnerUser.findFirst({
    where: {
      tenantId: ctx.tenantId,
      partnerId,
      id,
      status: "ACTIVE",
      role: { in: rolesWithPermission("sharedActivities.read").partner },
    },
    select: { id: true, userId: true, user: { select: { name: true, email: true } } },
  });
  if (!seat) throw invalid();
  if (visibility !== "SHARED") throw invalid("activities.validation.assigneeInternal");
  return { userId: seat.userId, name: seat.user.name || seat.user.email, side: "PARTNER", membershipId: null, partnerUserId: seat.id };
}

async function vendorOptions(tx: Tx, tenantId: string, me: string): Promise<AssigneeOption[]> {
  const seats = await tx.membership.findMany({
    where: { tenantId, status: "ACTIVE", role: { in: rolesWithPermission("activities.read").vendor } },
    select: { id: true, userId: true, user: { select: { name: true, email: true } } },
  });
  return seats
    .map((seat) => ({
      value: `m:${seat.id}`,
      label: seat.user.name || seat.user.email,
      side: "VENDOR" as const,
      self: seat.userId === me,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

async function partnerOptions(tx: Tx, tenantId: string, partnerId: string, me: string): Promise<AssigneeOption[]> {
  const seats = await tx.partnerUser.findMany({
    where: { tenantId, partnerId, status: "ACTIVE", role: { in: rolesWithPermission("sharedActivities.read").partner } },
    select: { id: true, userId: true, user: { select: { name: true, email: true } } },
  });
  return seats
    .map((seat) => ({
      value: `p:${seat.id}`,
      label: seat.user.name || seat.user.email,
      side: "PARTNER" as const,
      self: seat.userId === me,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * The vendor's choices for a task on one subject: its own people, then the users of the
 * subject's partner (none for a record of the vendor alone, such as a direct account).
 */
export async function listAssigneeOptions(
  ctx: VendorCtx,
  subject: { type: ActivitySubjectTypeValue; id: string },
): Promise<AssigneeOption[]> {
  authorize(ctx, "activities.manage");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const record = await ACTIVITY_SUBJECTS[subject.type].resolve(tx, ctx, subject.id);
    if (!record) throw new AppError("NOT_FOUND");
    const vendor = await vendorOptions(tx, ctx.tenantId, ctx.user.id);
    return record.partnerId ? [...vendor, ...(await partnerOptions(tx, ctx.tenantId, record.partnerId, ctx.user.id))] : vendor;
  });
}

/** The vendor's own people only: tasks of internal records (a forecasting action plan's first task). */
export async function listVendorAssigneeOptions(ctx: VendorCtx): Promise<AssigneeOption[]> {
  authorize(ctx, "activities.manage");
  return withReadScope(scopeOf(ctx), (tx) => vendorOptions(tx, ctx.tenantId, ctx.user.id));
}

/** A partner user's choices: the people of its own partner. */
export async function listOwnAssigneeOptions(ctx: PartnerCtx): Promise<AssigneeOption[]> {
  authorize(ctx, "sharedActivities.log");
  return withReadScope(scopeOf(ctx), (tx) => partnerOptions(tx, ctx.tenantId, ctx.partnerId, ctx.user.id));
}
