/**
 * The partner lifecycle (lib/partners/lifecycle.ts): every transition of the table and
 * every pair that is not one, the reason, the roles, stale and concurrent changes, the
 * in-transaction variant other services use, what each side is told — and the effects:
 * a suspended partner's portal is read-only (every portal service found in the code is
 * called), an offboarded partner's portal is closed.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { authorize, can, scopeOf, systemCtx, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { rolesWithPermission, VENDOR_ROLE_LIST, type Permission } from "@/lib/auth/permissions";
import { withScope } from "@/lib/db/scope";
import type { PartnerStatus } from "@/lib/generated/prisma/enums";
import {
  availablePartnerTransitions,
  changePartnerStatus,
  changePartnerStatusInTx,
  partnerLifecycle,
} from "@/lib/partners/lifecycle";
import { PARTNER_STATUSES } from "@/lib/partners/schema";
import { createPartner, getOwnPartner } from "@/lib/partners/service";
import { listOwnTeam } from "@/lib/partners/team";
import { listWorkspaces } from "@/lib/tenancy/service";
import { ownerQuery, ownerRow } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import {
  addVendorUser,
  createPartnerWithUser,
  createTestTenant,
  partnerCtxFor,
  userCtxOf,
} from "@/tests/fixtures/factories";
import { capturedEmails } from "@/tests/fixtures/mailbox";
import { PLAUSIBLE_PORTAL_INPUT, loadPortalService, portalServices } from "@/tests/fixtures/portal-services";

let admin: VendorCtx;
let manager: VendorCtx;
let rep: VendorCtx;
let other: VendorCtx;

beforeAll(async () => {
  admin = await createTestTenant();
  manager = await addVendorUser(admin, "CHANNEL_MANAGER");
  rep = await addVendorUser(admin, "SALES_REP");
  other = await createTestTenant();
});

async function partnerIn(status: PartnerStatus, ctx: VendorCtx = admin): Promise<string> {
  const { id } = await createPartner(ctx, { name: `Life ${Math.random().toString(36).slice(2, 10)}`, type: "VAR", country: null });
  await ownerQuery(`UPDATE "Partner" SET status = $2::"PartnerStatus" WHERE id = $1`, [id, status]);
  return id;
}

const statusOf = async (id: string) => (await ownerRow<{ status: string }>("Partner", "id", id))!.status;

/** The lifecycle's events about one partner (both sides'), oldest type first. */
const eventsFor = (partnerId: string) =>
  ownerQuery<{ type: string; payload: { recipients: { userId: string }[]; params: Record<string, string> } }>(
    `SELECT e.type, e.payload FROM "OutboxEvent" e JOIN "Partner" p ON p.id = $1 AND p."tenantId" = e."tenantId"
      WHERE e.type IN ('partner.statusChanged', 'partner.ownStatusChanged') AND e.payload->'params'->>'partner' = p.name
      ORDER BY e.type`,
    [partnerId],
  );

describe("the table", () => {
  const allowed = partnerLifecycle.transitions.flatMap((rule) => rule.from.map((from) => [from, rule.to, rule.action] as const));

  it("is the lifecycle of the issue: prospect → onboarding → active ⇄ suspended → offboarded, offboarded is final", () => {
    expect(allowed.map(([from, to]) => `${from}→${to}`).sort()).toEqual(
      [
        "PROSPECT→ONBOARDING",
        "ONBOARDING→ACTIVE",
        "ACTIVE→SUSPENDED",
        "SUSPENDED→ACTIVE",
        "PROSPECT→OFFBOARDED",
        "ONBOARDING→OFFBOARDED",
        "ACTIVE→OFFBOARDED",
        "SUSPENDED→OFFBOARDED",
      ].sort(),
    );
    expect(partnerLifecycle.isTerminal("OFFBOARDED")).toBe(true);
    expect(partnerLifecycle.transitions.every((rule) => rule.reason === "required")).toBe(true);
  });

  it.each(allowed)("%s → %s (%s): written, audited with the reason, both sides told", async (from, to, action) => {
    const partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    await ownerQuery(`UPDATE "Partner" SET status = $2::"PartnerStatus" WHERE id = $1`, [partner.partnerId, from]);
    const change = await changePartnerStatus(manager, { partnerId: partner.partnerId, from, to, reason: "  Quarterly review  " });
    expect(change).toEqual({ partnerId: partner.partnerId, from, to, action, reason: "Quarterly review" });
    expect(await statusOf(partner.partnerId)).toBe(to);

    const audit = await ownerQuery(
      `SELECT action, "actorUserId", before, after FROM "AuditLog" WHERE "entityId" = $1 AND action = $2`,
      [partner.partnerId, `partner.${action}`],
    );
    expect(audit).toEqual([
      { action: `partner.${action}`, actorUserId: manager.user.id, before: { status: from }, after: { status: to, reason: "Quarterly review" } },
    ]);

    const events = await eventsFor(partner.partnerId);
    const vendorSide = events.find((e) => e.type === "partner.statusChanged")!;
    const partnerSide = events.find((e) => e.type === "partner.ownStatusChanged")!;
    // The vendor's partners.read holders except the actor; the partner's own users.
    expect(vendorSide.payload.recipients.map((r) => r.userId).sort()).toEqual([admin.user.id, rep.user.id].sort());
    expect(partnerSide.payload.recipients).toEqual([{ userId: partner.user.id }]);
    expect(partnerSide.payload.params).toMatchObject({ status: to, reason: "Quarterly review", partner: partner.partner.name });
  });

  const refused = PARTNER_STATUSES.flatMap((from) =>
    PARTNER_STATUSES.filter((to) => to !== from && !partnerLifecycle.rule(from, to)).map((to) => [from, to] as const),
  );

  it.each(refused)("%s → %s is refused with INVALID_TRANSITION, nothing changed", async (from, to) => {
    const id = await partnerIn(from);
    await rejectsWith(changePartnerStatus(admin, { partnerId: id, from, to, reason: "Try" }), "INVALID_TRANSITION");
    expect(await statusOf(id)).toBe(from);
    expect(await ownerQuery(`SELECT 1 FROM "AuditLog" WHERE "entityId" = $1 AND action <> 'partner.created'`, [id])).toEqual([]);
  });
});

describe("who, why and when", () => {
  it("a blank reason is refused on the reason field", async () => {
    const id = await partnerIn("ACTIVE");
    const error = await rejectsWith(changePartnerStatus(admin, { partnerId: id, from: "ACTIVE", to: "SUSPENDED", reason: "   " }), "REASON_REQUIRED");
    expect(error.fields).toEqual({ reason: ["errors.REASON_REQUIRED"] });
    expect(await statusOf(id)).toBe("ACTIVE");
  });

  it("every vendor role without partners.manage is refused; the buttons offered follow the same table", async () => {
    const id = await partnerIn("ACTIVE");
    const lacking = VENDOR_ROLE_LIST.filter((role) => !rolesWithPermission("partners.manage").vendor.includes(role));
    expect(lacking).toContain("SALES_REP");
    await rejectsWith(changePartnerStatus(rep, { partnerId: id, from: "ACTIVE", to: "SUSPENDED", reason: "No" }), "FORBIDDEN");
    expect(availablePartnerTransitions(rep, "ACTIVE")).toEqual([]);
    expect(availablePartnerTransitions(manager, "ACTIVE")).toEqual([
      { to: "SUSPENDED", action: "suspend" },
      { to: "OFFBOARDED", action: "offboard" },
    ]);
    expect(availablePartnerTransitions(manager, "OFFBOARDED")).toEqual([]);
    expect(await statusOf(id)).toBe("ACTIVE");
  });

  it("another tenant's partner is NOT_FOUND, its row unchanged", async () => {
    const foreign = await partnerIn("ACTIVE", other);
    await rejectsWith(changePartnerStatus(admin, { partnerId: foreign, from: "ACTIVE", to: "SUSPENDED", reason: "x" }), "NOT_FOUND");
    expect(await statusOf(foreign)).toBe("ACTIVE");
  });

  it("a change based on a status the partner no longer has is STALE_EDIT (two tabs)", async () => {
    const id = await partnerIn("ACTIVE");
    await changePartnerStatus(admin, { partnerId: id, from: "ACTIVE", to: "SUSPENDED", reason: "Unpaid invoices" });
    // The second tab still shows ACTIVE and asks for OFFBOARDED.
    await rejectsWith(changePartnerStatus(manager, { partnerId: id, from: "ACTIVE", to: "OFFBOARDED", reason: "Ended" }), "STALE_EDIT");
    expect(await statusOf(id)).toBe("SUSPENDED");
  });

  it("of concurrent changes from the same status exactly one wins", async () => {
    const id = await partnerIn("ACTIVE");
    const results = await Promise.allSettled([
      changePartnerStatus(admin, { partnerId: id, from: "ACTIVE", to: "SUSPENDED", reason: "A" }),
      changePartnerStatus(manager, { partnerId: id, from: "ACTIVE", to: "OFFBOARDED", reason: "B" }),
      changePartnerStatus(manager, { partnerId: id, from: "ACTIVE", to: "SUSPENDED", reason: "C" }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "STALE_EDIT" });
    const [{ to }] = won.map((r) => (r as PromiseFulfilledResult<{ to: string }>).value);
    expect(await statusOf(id)).toBe(to);
    const audits = await ownerQuery(`SELECT 1 FROM "AuditLog" WHERE "entityId" = $1 AND action <> 'partner.created'`, [id]);
    expect(audits).toHaveLength(1);
  });
});

describe("inside another service's transaction", () => {
  it("a rule's change as the system (holds every permission), audited as the person whose act triggered it", async () => {
    const partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const system = systemCtx(admin.tenantId);
    const change = await withScope(scopeOf(system), (tx) =>
      changePartnerStatusInTx(tx, system, partner.partnerId, "ACTIVE", "Onboarding complete", { actorUserId: partner.user.id }),
    );
    expect(change).toMatchObject({ from: "ONBOARDING", to: "ACTIVE", action: "activate" });
    const [audit] = await ownerQuery(`SELECT "actorUserId", after FROM "AuditLog" WHERE "entityId" = $1 AND action = 'partner.activate'`, [
      partner.partnerId,
    ]);
    expect(audit).toEqual({ actorUserId: partner.user.id, after: { status: "ACTIVE", reason: "Onboarding complete" } });
    // The table still rules: no way back from ACTIVE to ONBOARDING, and a reason is still required.
    await rejectsWith(
      withScope(scopeOf(system), (tx) => changePartnerStatusInTx(tx, system, partner.partnerId, "ONBOARDING", "x")),
      "INVALID_TRANSITION",
    );
    await rejectsWith(
      withScope(scopeOf(system), (tx) => changePartnerStatusInTx(tx, system, partner.partnerId, "SUSPENDED", " ")),
      "REASON_REQUIRED",
    );
  });

  it("rolls back with the caller's transaction: no status, no audit, no event", async () => {
    const id = await partnerIn("ONBOARDING");
    await expect(
      withScope(scopeOf(admin), async (tx) => {
        await changePartnerStatusInTx(tx, admin, id, "ACTIVE", "Checklist done");
        throw new Error("the caller's next step failed");
      }),
    ).rejects.toThrow("the caller's next step failed");
    expect(await statusOf(id)).toBe("ONBOARDING");
    expect(await ownerQuery(`SELECT 1 FROM "AuditLog" WHERE "entityId" = $1 AND action = 'partner.activate'`, [id])).toEqual([]);
    expect(await eventsFor(id)).toEqual([]);
  });
});

describe("a suspended partner's portal is read-only", () => {
  let suspended: PartnerCtx;

  beforeAll(async () => {
    const partnerAdmin = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    await ownerQuery(`UPDATE "Partner" SET status = 'ACTIVE' WHERE id = $1`, [partnerAdmin.partnerId]);
    await changePartnerStatus(admin, { partnerId: partnerAdmin.partnerId, from: "ACTIVE", to: "SUSPENDED", reason: "Overdue" });
    suspended = await partnerCtxFor(admin.tenantId, partnerAdmin.user.email);
  });

  const services = portalServices();
  const personal = new Set<string>(["account.manage", "workspaces.read", "notifications.read", "notifications.configure", "search.use"]);
  const writes = services.filter((s) => !s.permission.endsWith(".read") && !personal.has(s.permission));

  it("reads still work; the role's writes are PARTNER_SUSPENDED, its own login and alerts stay its own", async () => {
    expect(suspended.partner.status).toBe("SUSPENDED");
    expect((await getOwnPartner(suspended)).status).toBe("SUSPENDED");
    expect((await listOwnTeam(suspended)).length).toBe(1);
    expect(can(suspended, "partnerTeam.manage")).toBe(false);
    expect(can(suspended, "notifications.configure")).toBe(true);
    expect(() => authorize(suspended, "partnerTeam.manage")).toThrow(expect.objectContaining({ code: "PARTNER_SUSPENDED" }));
    // A permission the role never had stays FORBIDDEN: suspension explains, it never grants.
    expect(() => authorize(suspended, "partners.manage" as Permission)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(writes.map((s) => s.name)).toEqual(expect.arrayContaining(["inviteTeammate", "deactivateTeammate"]));
  });

  it.each(writes.map((s) => [`${s.file}: ${s.name} (${s.permission})`, s] as const))(
    "%s → PARTNER_SUSPENDED, nothing written",
    async (_, service) => {
      const call = await loadPortalService(service);
      const count = () => ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditLog" WHERE "tenantId" = $1`, [admin.tenantId]);
      const before = await count();
      await rejectsWith((async () => call(suspended, PLAUSIBLE_PORTAL_INPUT))(), "PARTNER_SUSPENDED");
      expect(await count()).toEqual(before);
    },
  );

  it("reinstating opens the portal again", async () => {
    await changePartnerStatus(manager, { partnerId: suspended.partnerId, from: "SUSPENDED", to: "ACTIVE", reason: "Paid" });
    const again = await partnerCtxFor(admin.tenantId, suspended.user.email);
    expect(can(again, "partnerTeam.manage")).toBe(true);
  });
});

describe("an offboarded partner", () => {
  it("leaves its users' workspace lists; its data are kept; it cannot come back", async () => {
    const partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const before = await listWorkspaces(userCtxOf(partner));
    expect(before.map((w) => w.tenantSlug)).toContain(admin.tenant.slug);
    await changePartnerStatus(admin, { partnerId: partner.partnerId, from: "ONBOARDING", to: "OFFBOARDED", reason: "Contract ended" });
    const after = await listWorkspaces(userCtxOf(partner));
    expect(after.map((w) => w.tenantSlug)).not.toContain(admin.tenant.slug);
    expect(await ownerRow("PartnerUser", "id", (await ownerRow<{ id: string }>("PartnerUser", "userId", partner.user.id))!.id)).toBeTruthy();
    for (const to of ["ACTIVE", "ONBOARDING", "SUSPENDED", "PROSPECT"] as const) {
      await rejectsWith(changePartnerStatus(admin, { partnerId: partner.partnerId, from: "OFFBOARDED", to, reason: "Back" }), "INVALID_TRANSITION");
    }
  });

  it("its users are told by e-mail, in their language, with the reason", async () => {
    const partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    await changePartnerStatus(admin, { partnerId: partner.partnerId, from: "ONBOARDING", to: "OFFBOARDED", reason: "Contract ended" });
    const [mail] = await capturedEmails({ to: partner.user.email, take: 1 });
    expect(mail!.subject).toBe(`${partner.partner.name}'s partnership with ${admin.tenant.name} has ended`);
    expect(mail!.text).toContain("Reason: Contract ended");
  });
});
