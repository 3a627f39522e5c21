/**
 * "Preview as partner": a vendor user with partners.preview reads a partner's portal and
 * changes nothing. Checked at each wall: the start (permission, the partner re-verified
 * against the tenant, audited), the context built from the cookie on every request, the
 * services — every exported service a portal context can reach is called with a preview
 * context, the list generated from the code — and the database (rls-portal.test.ts).
 * The action wrapper's refusal is called over HTTP by tests/e2e/isolation.spec.ts.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { can, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { PARTNER_PERMISSIONS, PREVIEW_PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import { getOwnPartner } from "@/lib/partners/service";
import { startPartnerPreview } from "@/lib/partners/preview";
import { getTeamRules, listOwnTeam } from "@/lib/partners/team";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { PLAUSIBLE_PORTAL_INPUT, loadPortalService, portalServices } from "@/tests/fixtures/portal-services";

// The request's cookies, as next/headers gives them to the session loader.
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (input: string | { name: string }) => void jar.delete(typeof input === "string" ? input : input.name),
  }),
}));

const { PREVIEW_COOKIE, loadPreviewCtx, previewToken, readPreviewToken, setPreviewCookie } =
  await import("@/lib/auth/preview");

let admin: VendorCtx;
let manager: VendorCtx;
let rep: VendorCtx;
let partnerAdmin: PartnerCtx;
let other: VendorCtx;
let otherPartner: PartnerCtx;

const REQUEST = { requestId: "test", ip: null };

/** A preview context as the session loader builds it for `who`, after the start action set the cookie. */
async function previewAs(who: VendorCtx, partnerId: string): Promise<PartnerCtx | null> {
  jar.clear();
  await setPreviewCookie({ userId: who.user.id, tenantId: who.tenantId, partnerId });
  return loadPreviewCtx(who.user, who.tenant, who.role, REQUEST);
}

beforeAll(async () => {
  admin = await createTestTenant();
  manager = await addVendorUser(admin, "CHANNEL_MANAGER");
  rep = await addVendorUser(admin, "SALES_REP");
  partnerAdmin = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: "Previewed Co" });
  await createPartnerWithUser(admin, "PARTNER_USER", { partnerId: partnerAdmin.partnerId });
  other = await createTestTenant();
  otherPartner = await createPartnerWithUser(other, "PARTNER_ADMIN");
});

describe("starting a preview", () => {
  it("is for partners.preview holders, on this tenant's partners, and every start is audited", async () => {
    await expect(startPartnerPreview(manager, { partnerId: partnerAdmin.partnerId })).resolves.toEqual({
      partnerId: partnerAdmin.partnerId,
      name: "Previewed Co",
    });
    const audit = await ownerQuery(
      `SELECT action, "actorUserId" FROM "AuditLog" WHERE "entityId" = $1 AND action = 'partner.previewStarted'`,
      [partnerAdmin.partnerId],
    );
    expect(audit).toEqual([{ action: "partner.previewStarted", actorUserId: manager.user.id }]);
    await rejectsWith(startPartnerPreview(rep, { partnerId: partnerAdmin.partnerId }), "FORBIDDEN");
    await rejectsWith(startPartnerPreview(manager, { partnerId: otherPartner.partnerId }), "NOT_FOUND");
  });

  it("refuses an offboarded partner (its portal is closed)", async () => {
    const gone = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    await ownerQuery(`UPDATE "Partner" SET status = 'OFFBOARDED' WHERE id = $1`, [gone.partnerId]);
    await rejectsWith(startPartnerPreview(admin, { partnerId: gone.partnerId }), "CONFLICT");
    expect(await previewAs(admin, gone.partnerId)).toBeNull();
  });
});

describe("the preview context, rebuilt on every request", () => {
  it("is a read-only context of the chosen partner, as its partner admin would see the portal", async () => {
    const ctx = (await previewAs(manager, partnerAdmin.partnerId))!;
    expect(ctx).toMatchObject({
      audience: "partner",
      partnerId: partnerAdmin.partnerId,
      partner: { name: "Previewed Co" },
      user: { id: manager.user.id },
      preview: { vendorRole: "CHANNEL_MANAGER" },
    });
    const granted = (Object.values(PARTNER_PERMISSIONS).flat() as Permission[]).filter((p) => can(ctx, p));
    expect([...new Set(granted)].sort()).toEqual([...PREVIEW_PERMISSIONS].sort());
    expect((await getOwnPartner(ctx)).name).toBe("Previewed Co");
    expect((await listOwnTeam(ctx)).map((m) => m.userId)).toContain(partnerAdmin.user.id);
    expect(await getTeamRules(ctx)).toMatchObject({ seats: { active: 2 } });
  });

  it("is refused for a role without partners.preview, another user's cookie, another tenant, an unknown partner", async () => {
    expect(await previewAs(rep, partnerAdmin.partnerId)).toBeNull();
    // Someone else's cookie: signed for the manager, presented by the admin.
    await previewAs(manager, partnerAdmin.partnerId);
    expect(await loadPreviewCtx(admin.user, admin.tenant, admin.role, REQUEST)).toBeNull();
    // The right user and partner, another tenant in the URL.
    expect(await loadPreviewCtx(manager.user, other.tenant, "CHANNEL_MANAGER", REQUEST)).toBeNull();
    // A partner of another tenant named in a cookie signed for this one: re-verified, refused.
    expect(await previewAs(manager, otherPartner.partnerId)).toBeNull();
    expect(await previewAs(manager, "ptn_unknown")).toBeNull();
  });

  it("only takes cookies this server signed, unexpired", async () => {
    const claim = {
      userId: manager.user.id,
      tenantId: admin.tenantId,
      partnerId: partnerAdmin.partnerId,
      expiresAt: Date.now() + 60_000,
    };
    expect(readPreviewToken(previewToken(claim))).toEqual(claim);
    expect(readPreviewToken(previewToken({ ...claim, expiresAt: Date.now() - 1 }))).toBeNull();
    const [value, signature] = previewToken(claim).split(".");
    const forged = Buffer.from(JSON.stringify({ ...claim, partnerId: otherPartner.partnerId })).toString("base64url");
    expect(readPreviewToken(`${forged}.${signature}`)).toBeNull();
    expect(readPreviewToken(`${value}.`)).toBeNull();
    expect(readPreviewToken(undefined)).toBeNull();
    jar.set(PREVIEW_COOKIE, `${forged}.${signature}`);
    expect(await loadPreviewCtx(manager.user, manager.tenant, manager.role, REQUEST)).toBeNull();
  });
});

describe("every portal service refuses a preview, except the partner's own reads", () => {
  const services = portalServices();
  const writes = services.filter((s) => !(PREVIEW_PERMISSIONS as readonly string[]).includes(s.permission));

  it("finds the portal's services (the list is generated, not kept by hand)", () => {
    expect(services.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        "inviteTeammate",
        "deactivateTeammate",
        "markNotificationRead",
        "updateNotificationPreferences",
        "getOwnPartner",
      ]),
    );
    expect(services.every((s) => s.permission !== "")).toBe(true);
  });

  it.each(writes.map((s) => [`${s.file}: ${s.name} (${s.permission})`, s] as const))(
    "%s → FORBIDDEN, nothing written",
    async (_, service) => {
      const ctx = (await previewAs(manager, partnerAdmin.partnerId))!;
      const call = await loadPortalService(service);
      const [before] = await ownerQuery<{ n: number }>(
        `SELECT count(*)::int AS n FROM "AuditLog" WHERE "tenantId" = $1`,
        [admin.tenantId],
      );
      // A plausible input: the refusal must come before the input is even looked at.
      // Called in an async wrapper: a synchronous service throws rather than rejects.
      await rejectsWith(
        (async () => call(ctx, PLAUSIBLE_PORTAL_INPUT))(),
        "FORBIDDEN",
      );
      const [after] = await ownerQuery<{ n: number }>(
        `SELECT count(*)::int AS n FROM "AuditLog" WHERE "tenantId" = $1`,
        [admin.tenantId],
      );
      expect(after).toEqual(before);
    },
  );
});
