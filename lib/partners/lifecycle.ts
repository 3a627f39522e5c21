import "server-only";
import { authorize, scopeOf, type SystemCtx, type VendorCtx } from "@/lib/auth/context";
import { usersWithPermission } from "@/lib/auth/holders";
import { recordAudit } from "@/lib/audit/service";
import { lockRow } from "@/lib/db/concurrency";
import { withScope, type Tx } from "@/lib/db/scope";
import { withReadScope } from "@/lib/db/read";
import { AppError } from "@/lib/errors";
import type { PartnerStatus } from "@/lib/generated/prisma/enums";
import { publishEvent } from "@/lib/notify/publish";
import { defineStateMachine, type TransitionRule } from "@/lib/state-machine";
import { PARTNER_STATUSES } from "./schema";
import type { ChangePartnerStatusInput } from "./schema";
import type { PartnerStatusChange, PartnerStatusEntry, PartnerTransition } from "./types";

/**
 * The partner lifecycle: the one table of allowed status changes.
 *
 *   PROSPECT ─► ONBOARDING ─► ACTIVE ⇄ SUSPENDED
 *       └───────────┴───────────┴─────────┴──► OFFBOARDED (final: data kept, portal closed)
 *
 * Every change needs a reason (kept in the audit entry and told to both sides). Effects live
 * where the status is read: a SUSPENDED partner's portal is read-only (`authorize` answers
 * PARTNER_SUSPENDED to its writes, lib/auth/context.ts); an OFFBOARDED partner's users
 * cannot reach its portal (lib/auth/session.ts) and nobody can bring it back.
 */
export const partnerLifecycle = defineStateMachine({
  name: "partner",
  states: PARTNER_STATUSES,
  initial: "PROSPECT",
  transitions: [
    { from: ["PROSPECT"], to: "ONBOARDING", permission: "partners.manage", reason: "required", action: "startOnboarding" },
    { from: ["ONBOARDING"], to: "ACTIVE", permission: "partners.manage", reason: "required", action: "activate" },
    { from: ["ACTIVE"], to: "SUSPENDED", permission: "partners.manage", reason: "required", action: "suspend" },
    { from: ["SUSPENDED"], to: "ACTIVE", permission: "partners.manage", reason: "required", action: "reinstate" },
    {
      from: ["PROSPECT", "ONBOARDING", "ACTIVE", "SUSPENDED"],
      to: "OFFBOARDED",
      permission: "partners.manage",
      reason: "required",
      action: "offboard",
    },
  ],
});

export type PartnerLifecycleAction = PartnerTransition["action"];

/** The status changes this person may offer on a partner in `status` (the partner page's buttons). */
export function availablePartnerTransitions(ctx: VendorCtx, status: PartnerStatus): PartnerTransition[] {
  authorize(ctx, "partners.read");
  return partnerLifecycle
    .available(ctx, status)
    .map((rule: TransitionRule<PartnerStatus>) => ({ to: rule.to, action: rule.action as PartnerLifecycleAction }));
}

export type StatusChangeOptions = {
  /** the status the caller saw; when the partner has moved on since, STALE_EDIT */
  expectedFrom?: PartnerStatus;
  /**
   * With a system context (a change Canal makes on a rule, e.g. onboarding complete →
   * ACTIVE): the person whose act triggered it, named in the audit log instead of "System".
   */
  actorUserId?: string;
};

/**
 * Changes a partner's status inside the caller's transaction (another service's: the
 * programmes module activates a partner when its onboarding completes). The transaction
 * must be a vendor or system scope (`withScope(scopeOf(systemCtx(tenantId)), …)` when a
 * partner's own act triggers it): row-level security lets no portal session update a
 * partner. Locks the partner row, checks the table (INVALID_TRANSITION, FORBIDDEN,
 * REASON_REQUIRED), writes, audits `partner.<action>` with the reason and publishes
 * `partner.statusChanged` (the vendor's partners.read holders but the actor) and
 * `partner.ownStatusChanged` (the partner's own users).
 */
export async function changePartnerStatusInTx(
  tx: Tx,
  ctx: VendorCtx | SystemCtx,
  partnerId: string,
  to: PartnerStatus,
  reason: string | null | undefined,
  options: StatusChangeOptions = {},
): Promise<PartnerStatusChange> {
  await lockRow(tx, "Partner", { tenantId: ctx.tenantId, id: partnerId });
  const partner = await tx.partner.findUniqueOrThrow({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: partnerId } },
    select: { id: true, name: true, status: true },
  });
  if (options.expectedFrom && options.expectedFrom !== partner.status) throw new AppError("STALE_EDIT");
  // A system context holds every permission: the table and the reason still apply.
  const checked = partnerLifecycle.assert(ctx, partner.status, to, reason);
  await tx.partner.update({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: partnerId } },
    data: { status: to },
  });
  const change: PartnerStatusChange = {
    partnerId,
    from: partner.status,
    to,
    action: checked.rule.action as PartnerLifecycleAction,
    reason: checked.reason ?? "",
  };
  const actorUserId = ctx.user?.id ?? options.actorUserId;
  await recordAudit(tx, ctx, {
    action: `partner.${change.action}`,
    entityType: "Partner",
    entityId: partnerId,
    before: { status: change.from },
    after: { status: change.to, reason: change.reason },
    ...(actorUserId ? { actorUserId } : {}),
  });
  await announce(tx, ctx, { ...change, name: partner.name }, actorUserId);
  return change;
}

async function announce(
  tx: Tx,
  ctx: VendorCtx | SystemCtx,
  change: PartnerStatusChange & { name: string },
  actorUserId: string | undefined,
): Promise<void> {
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { slug: true, name: true } });
  const actor = ctx.user?.name ?? "";
  const params = { tenant: tenant.name, partner: change.name, status: change.to, reason: change.reason, actor };
  const except = actorUserId ? { except: actorUserId } : {};
  const [watchers, members] = await Promise.all([
    usersWithPermission(tx, { tenantId: ctx.tenantId, ...except }, "partners.read"),
    usersWithPermission(tx, { tenantId: ctx.tenantId, partnerId: change.partnerId, ...except }, "ownPartner.read"),
  ]);
  const own = members.filter((userId) => !watchers.includes(userId));
  if (watchers.length) {
    await publishEvent(tx, {
      tenantId: ctx.tenantId,
      type: "partner.statusChanged",
      payload: {
        recipients: watchers.map((userId) => ({ userId })),
        link: `/${tenant.slug}/admin/partners/${change.partnerId}`,
        params,
      },
    });
  }
  if (own.length) {
    await publishEvent(tx, {
      tenantId: ctx.tenantId,
      type: "partner.ownStatusChanged",
      payload: { recipients: own.map((userId) => ({ userId })), link: `/${tenant.slug}/portal`, params },
    });
  }
}

const LIFECYCLE_AUDIT_ACTIONS = [...new Set(partnerLifecycle.transitions.map((rule) => `partner.${rule.action}`))];

/**
 * A partner's status changes, newest first (from the audit log, where each is recorded
 * with its reason): the partner page's "history" for everyone who reads partners.
 */
export async function listPartnerStatusHistory(ctx: VendorCtx, partnerId: string, take = 20): Promise<PartnerStatusEntry[]> {
  authorize(ctx, "partners.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const rows = await tx.auditLog.findMany({
      where: { tenantId: ctx.tenantId, entityType: "Partner", entityId: partnerId, action: { in: LIFECYCLE_AUDIT_ACTIONS } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take,
      select: { id: true, createdAt: true, before: true, after: true, actorUserId: true },
    });
    const actorIds = [...new Set(rows.map((row) => row.actorUserId).filter((id): id is string => Boolean(id)))];
    const actors = actorIds.length
      ? await tx.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })
      : [];
    const names = new Map(actors.map((user) => [user.id, user.name]));
    return rows.map((row) => {
      const before = (row.before ?? {}) as { status?: PartnerStatus };
      const after = (row.after ?? {}) as { status?: PartnerStatus; reason?: string };
      return {
        id: row.id,
        at: row.createdAt,
        from: before.status ?? null,
        to: after.status ?? null,
        reason: after.reason ?? "",
        actor: row.actorUserId ? (names.get(row.actorUserId) ?? null) : null,
      };
    });
  });
}

/**
 * A channel manager's status change from the partner page: `from` is the status the page
 * showed, so a change made meanwhile in another tab is refused (STALE_EDIT) rather than
 * applied on top of it.
 */
export async function changePartnerStatus(ctx: VendorCtx, input: ChangePartnerStatusInput): Promise<PartnerStatusChange> {
  authorize(ctx, "partners.manage");
  return withScope(scopeOf(ctx), (tx) =>
    changePartnerStatusInTx(tx, ctx, input.partnerId, input.to, input.reason, { expectedFrom: input.from }),
  );
}
