/**
 * Row-level security of what the portal gained (raw SQL as the app role, no service in
 * between): a vendor previewing a partner's portal reads what that partner reads and
 * writes nothing anywhere; a partner sees exactly one back-office seat, its channel
 * manager's; and the login being invited (app.invitee_id) shows its seats in the tenant to
 * the inviting session, so a partner admin cannot give a second seat to a vendor user.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { updatePartnerAccount } from "@/lib/partners/service";
import { ownerQuery } from "@/tests/fixtures/db";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";

let app: pg.Client;
let admin: VendorCtx;
let manager: VendorCtx;
let p1: PartnerCtx;
let p1b: PartnerCtx;
let p2: PartnerCtx;
let managerMembershipId: string;

type Settings = { audience: string; tenantId: string; userId: string; partnerId?: string; userEmail?: string; inviteeId?: string };

async function asScope<T>(settings: Settings, fn: (client: pg.ClientBase) => Promise<T>): Promise<T> {
  await app.query("BEGIN");
  try {
    await app.query(
      `SELECT set_config('app.audience', $1, true), set_config('app.tenant_id', $2, true), set_config('app.user_id', $3, true),
              set_config('app.partner_id', $4, true), set_config('app.user_email', $5, true), set_config('app.invitee_id', $6, true)`,
      [settings.audience, settings.tenantId, settings.userId, settings.partnerId ?? "", settings.userEmail ?? "", settings.inviteeId ?? ""],
    );
    return await fn(app);
  } finally {
    await app.query("ROLLBACK");
  }
}

/** One statement that a policy must refuse (SQLSTATE 42501), rolled back to a savepoint. */
async function refused(client: pg.ClientBase, sql: string, params: unknown[]): Promise<void> {
  await client.query("SAVEPOINT attempt");
  let error: unknown;
  try {
    await client.query(sql, params);
  } catch (caught) {
    error = caught;
  }
  await client.query("ROLLBACK TO SAVEPOINT attempt");
  expect(error, sql).toMatchObject({ code: "42501" });
}

const ids = async (client: pg.ClientBase, sql: string, params: unknown[] = []) =>
  (await client.query<{ id: string }>(sql, params)).rows.map((row) => row.id).sort();

beforeAll(async () => {
  admin = await createTestTenant();
  manager = await addVendorUser(admin, "CHANNEL_MANAGER");
  p1 = await createPartnerWithUser(admin, "PARTNER_ADMIN");
  p1b = await createPartnerWithUser(admin, "PARTNER_USER", { partnerId: p1.partnerId });
  p2 = await createPartnerWithUser(admin, "PARTNER_ADMIN");
  [{ id: managerMembershipId }] = (await ownerQuery<{ id: string }>(`SELECT id FROM "Membership" WHERE "userId" = $1`, [manager.user.id])) as [
    { id: string },
  ];
  await updatePartnerAccount(admin, { partnerId: p1.partnerId, seatLimit: null, channelManagerId: managerMembershipId });
  app = new pg.Client({ connectionString: process.env.DATABASE_APP_URL });
  await app.connect();
});

afterAll(async () => {
  await app?.end();
});

describe("preview as partner (audience 'preview')", () => {
  const preview = () => ({ audience: "preview", tenantId: admin.tenantId, userId: manager.user.id, partnerId: p1.partnerId });

  it("reads what the previewed partner's users read, and no other partner's rows", async () => {
    await asScope(preview(), async (c) => {
      expect(await ids(c, `SELECT id FROM "Partner"`)).toEqual([p1.partnerId]);
      const seats = await ids(c, `SELECT "userId" AS id FROM "PartnerUser" WHERE "tenantId" = $1`, [admin.tenantId]);
      expect(seats).toEqual([p1.user.id, p1b.user.id].sort());
      expect(await ids(c, `SELECT id FROM "AuditLog"`)).toEqual([]);
    });
  });

  it("writes nothing: seats, partners, audit rows, outbox events, the tenant", async () => {
    await asScope(preview(), async (c) => {
      const seats = await c.query(`UPDATE "PartnerUser" SET status = 'DEACTIVATED' WHERE "partnerId" = $1`, [p1.partnerId]);
      expect(seats.rowCount).toBe(0);
      const tenant = await c.query(`UPDATE "Tenant" SET name = 'Previewed' WHERE id = $1`, [admin.tenantId]);
      expect(tenant.rowCount).toBe(0);
      await refused(
        c,
        `INSERT INTO "AuditLog" (id, "tenantId", action, "entityType", "entityId") VALUES ('aud_preview', $1, 'x.y', 'Partner', $2)`,
        [admin.tenantId, p1.partnerId],
      );
      await refused(c, `INSERT INTO "OutboxEvent" (id, "tenantId", type, payload) VALUES ('evt_preview', $1, 'partner.created', '{}')`, [
        admin.tenantId,
      ]);
      await refused(
        c,
        `INSERT INTO "PartnerUser" (id, "tenantId", "partnerId", "userId", role, status, "updatedAt") VALUES ('pu_preview', $1, $2, $3, 'PARTNER_USER', 'INVITED', now())`,
        [admin.tenantId, p1.partnerId, manager.user.id],
      );
    });
  });

  it("every table with row-level security refuses writes in a preview (the migration and scripts/db/rls.ts add the policies)", async () => {
    const missing = await ownerQuery<{ relname: string }>(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity
          AND (SELECT count(*) FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname
                AND p.policyname IN ('preview_no_insert', 'preview_no_update', 'preview_no_delete') AND p.permissive = 'RESTRICTIVE') <> 3`,
    );
    expect(missing.map((row) => row.relname)).toEqual([]);
  });
});

describe("a partner's view of the vendor", () => {
  it("sees exactly one back-office seat — its channel manager's — and that person's login", async () => {
    await asScope({ audience: "partner", tenantId: admin.tenantId, userId: p1b.user.id, partnerId: p1.partnerId }, async (c) => {
      expect(await ids(c, `SELECT id FROM "Membership"`)).toEqual([managerMembershipId]);
      expect(await ids(c, `SELECT id FROM "User" WHERE id = ANY($1)`, [[manager.user.id, admin.user.id]])).toEqual([manager.user.id]);
    });
    // Another partner of the same tenant, without a channel manager, sees none.
    await asScope({ audience: "partner", tenantId: admin.tenantId, userId: p2.user.id, partnerId: p2.partnerId }, async (c) => {
      expect(await ids(c, `SELECT id FROM "Membership"`)).toEqual([]);
    });
  });

  it("sees the seats of the login it is inviting (app.invitee_id), in its own tenant only", async () => {
    const scope = { audience: "partner", tenantId: admin.tenantId, userId: p2.user.id, partnerId: p2.partnerId, userEmail: manager.user.email };
    await asScope(scope, async (c) => {
      expect(await ids(c, `SELECT id FROM "Membership"`)).toEqual([]);
    });
    await asScope({ ...scope, inviteeId: manager.user.id }, async (c) => {
      expect(await ids(c, `SELECT id FROM "Membership"`)).toEqual([managerMembershipId]);
    });
    // The same invitee setting in another tenant shows nothing of this one.
    const elsewhere = await createTestTenant();
    await asScope({ ...scope, tenantId: elsewhere.tenantId, inviteeId: manager.user.id }, async (c) => {
      expect(await ids(c, `SELECT id FROM "Membership"`)).toEqual([]);
    });
  });
});
