/**
 * The second wall: PostgreSQL row-level security, checked with raw SQL as the APP role
 * (what the app connects as), bypassing every service. Tables are discovered from the
 * catalog, so a new tenant table is covered without editing this file.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { todayIn } from "@/lib/activities/dates";
import { logActivitySchema } from "@/lib/activities/schema";
import { logActivity } from "@/lib/activities/service";
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { applicationFormSchema } from "@/lib/applications/schema";
import { submitApplication } from "@/lib/applications/service";
import { createOwnContact } from "@/lib/partners/contacts";
import { updatePartnerProfile } from "@/lib/partners/profile";
import { contactSchema, partnerProfileFields } from "@/lib/partners/profile-schema";
import { requestPasswordReset } from "@/lib/users/account";
import { uploadPartnerFile } from "@/lib/files/service";
import { GLOBAL_TABLES } from "@/scripts/db/rls";
import { bodyOf, pdf } from "@/tests/fixtures/files";
import { ownerQuery } from "@/tests/fixtures/db";
import { seedAccountsWorld } from "@/tests/fixtures/accounts";
import { seedDealsWorld } from "@/tests/fixtures/deals";
import { seedLeadsWorld } from "@/tests/fixtures/leads";
import { seedCatalogWorld } from "@/tests/fixtures/catalog";
import { seedPricingWorld } from "@/tests/fixtures/pricing";
import { seedConfiguratorWorld } from "@/tests/fixtures/configurator-db";
import { seedOrdersWorld } from "@/tests/fixtures/orders";
import { seedInvoicingWorld } from "@/tests/fixtures/invoicing";
import { seedForecastingWorld } from "@/tests/fixtures/forecasting";
import { seedWarrantiesWorld } from "@/tests/fixtures/warranties";
import { expandAllEvents } from "@/tests/fixtures/mailbox";
import { addVendorUser, createPartnerWithUser, createTestTenant, freshMeta, randomIp } from "@/tests/fixtures/factories";
import { seedProgramRows } from "@/tests/fixtures/programs";

let app: pg.Client;
let appRole: string;
/** Every table of the public schema with a "tenantId" column. */
let tenantIdTables: string[];
/** The tables RLS must cover: every "tenantId" table except the documented global ones, plus User and Tenant. */
let protectedTables: string[];

type Fixture = { admin: VendorCtx; finance: VendorCtx; p1: PartnerCtx; p1b: PartnerCtx; p2: PartnerCtx };
let A: Fixture;
let B: Fixture;

async function makeTenant(): Promise<Fixture> {
  const admin = await createTestTenant();
  const finance = await addVendorUser(admin, "FINANCE");
  const p1 = await createPartnerWithUser(admin, "PARTNER_ADMIN");
  const p1b = await createPartnerWithUser(admin, "PARTNER_USER", { partnerId: p1.partnerId });
  const p2 = await createPartnerWithUser(admin, "PARTNER_ADMIN");
  // Partner 360 rows: a profile, a contact, an internal note and a shared task.
  await updatePartnerProfile(admin, { ...partnerProfileFields.parse({ ...EMPTY_PROFILE, legalName: "RLS S.A.", version: 0 }), partnerId: p1.partnerId });
  await createOwnContact(p1, contactSchema.parse({ name: "Rita Rls", role: "", email: "", phone: "", primary: true }));
  const activity = { subjectType: "PARTNER", subjectId: p1.partnerId, body: "", occurredOn: todayIn("UTC"), reminder: "none" } as const;
  await logActivity(admin, logActivitySchema.parse({ ...activity, kind: "NOTE", visibility: "INTERNAL", title: "Internal", dueOn: "", assignee: "" }));
  const seat = await ownerQuery<{ id: string }>(`SELECT id FROM "PartnerUser" WHERE "userId" = $1`, [p1b.user.id]);
  await logActivity(
    admin,
    logActivitySchema.parse({ ...activity, kind: "TASK", visibility: "SHARED", title: "Shared", dueOn: todayIn("UTC"), assignee: `p:${seat[0]!.id}` }),
  );
  // A company's application, from the public page's service.
  const applicant = { companyName: `Applicant ${randomIp()}`, taxId: `T-${randomIp().replaceAll(":", "")}`.slice(0, 40) };
  await submitApplication(
    freshMeta(),
    applicationFormSchema.parse({
      tenant: admin.tenant.slug,
      ...applicant,
      partnerType: "VAR",
      country: "ES",
      contactName: "Ana Applicant",
      contactEmail: `applicant-${admin.tenant.slug}@example.test`,
      expectedVolume: "1000",
      currency: "EUR",
    }),
  );
  // A partner's document, so the file tables hold rows of every tenant too.
  const bytes = pdf();
  await uploadPartnerFile(p1, { purpose: "partner.document", name: "w9.pdf", declaredSize: bytes.length, body: bodyOf(bytes) });
  await seedProgramRows(admin, p1);
  await seedAccountsWorld(admin, p1, p2);
  await seedDealsWorld(admin, p1, p2);
  await seedLeadsWorld(admin, p2);
  const catalog = await seedCatalogWorld(admin);
  await seedPricingWorld(admin, p1.partnerId, catalog.sku);
  await seedConfiguratorWorld(admin, p1, catalog.sku);
  await seedOrdersWorld(admin, p1, catalog.productId);
  await seedInvoicingWorld(admin, p1);
  await seedForecastingWorld(admin, p1);
  await seedWarrantiesWorld(admin, p1);
  return { admin, finance, p1, p1b, p2 };
}

const EMPTY_PROFILE = {
  legalName: "",
  taxId: "",
  website: "",
  phone: "",
  industry: "",
  addressLine1: "",
  addressLine2: "",
  city: "",
  region: "",
  postalCode: "",
};

const q = (table: string) => `"${table.replaceAll('"', '""')}"`;

async function count(client: pg.ClientBase, table: string, where = "true", params: unknown[] = []): Promise<number> {
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${q(table)} WHERE ${where}`, params);
  return rows[0]!.n;
}

type Settings = { audience: string; tenantId?: string; userId?: string; partnerId?: string; userEmail?: string; tenantSlug?: string };

/** Runs `fn` in a transaction of the app connection with the settings lib/db/scope.ts makes, then rolls back. */
async function asScope<T>(settings: Settings, fn: (client: pg.ClientBase) => Promise<T>): Promise<T> {
  await app.query("BEGIN");
  try {
    await app.query(
      `SELECT set_config('app.audience', $1, true), set_config('app.tenant_id', $2, true), set_config('app.user_id', $3, true),
              set_config('app.partner_id', $4, true), set_config('app.user_email', $5, true), set_config('app.tenant_slug', $6, true)`,
      [settings.audience, settings.tenantId ?? "", settings.userId ?? "", settings.partnerId ?? "", settings.userEmail ?? "", settings.tenantSlug ?? ""],
    );
    return await fn(app);
  } finally {
    await app.query("ROLLBACK");
  }
}

/** Runs one statement that must be refused by a policy (SQLSTATE 42501). */
async function expectPolicyViolation(client: pg.ClientBase, sql: string, params: unknown[]) {
  await client.query("SAVEPOINT attempt");
  let error: unknown;
  try {
    await client.query(sql, params);
  } catch (caught) {
    error = caught;
  }
  await client.query("ROLLBACK TO SAVEPOINT attempt");
  expect(error, sql).toMatchObject({ code: "42501" });
  expect((error as Error).message).toMatch(/row-level security policy/);
}

beforeAll(async () => {
  [A, B] = await Promise.all([makeTenant(), makeTenant()]);
  // Something in every global table too: a reset token, a captured e-mail, a rate-limit bucket.
  await requestPasswordReset(freshMeta(), { email: A.finance.user.email });
  await consumeRateLimit("signupByIp", randomIp());
  // The worker's fan-out turns the invitations' events into deliveries and in-app
  // notifications (A's admin is told each invitation was accepted); one message captured.
  await expandAllEvents();
  await ownerQuery(
    `INSERT INTO "DevMailboxMessage" (id, "tenantId", channel, "to", subject, text, html) VALUES ($1, $2, 'EMAIL', $3, 's', 't', 'h')`,
    [`mail_rls_${randomIp().replaceAll(":", "")}`, A.admin.tenantId, A.finance.user.email],
  );

  const columns = await ownerQuery<{ table_name: string }>(
    `SELECT DISTINCT table_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'tenantId' ORDER BY table_name`,
  );
  tenantIdTables = columns.map((c) => c.table_name);
  protectedTables = [...tenantIdTables.filter((t) => !GLOBAL_TABLES.includes(t)), "User", "Tenant"];

  app = new pg.Client({ connectionString: process.env.DATABASE_APP_URL });
  await app.connect();
  appRole = (await app.query<{ current_user: string }>("SELECT current_user")).rows[0]!.current_user;
});

afterAll(async () => {
  await app?.end();
});

describe("catalog", () => {
  it("discovers the tenant tables (sanity check of the discovery itself)", () => {
    expect(tenantIdTables).toEqual(expect.arrayContaining(["AuditLog", "Membership", "Partner", "PartnerUser"]));
  });

  it("exempts exactly GLOBAL_TABLES from RLS: every other public table has ENABLE + FORCE", async () => {
    const tables = await ownerQuery<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
      `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`,
    );
    const withoutRls = tables.filter((t) => !t.relrowsecurity || !t.relforcerowsecurity).map((t) => t.relname).sort();
    expect(withoutRls).toEqual([...GLOBAL_TABLES].sort());
    // …and none of the global tables is half-protected (ENABLE without FORCE or the reverse).
    for (const t of tables.filter((t) => GLOBAL_TABLES.includes(t.relname))) {
      expect([t.relname, t.relrowsecurity, t.relforcerowsecurity]).toEqual([t.relname, false, false]);
    }
  });

  it("has ENABLE + FORCE and at least one policy on every tenant table and on User and Tenant", async () => {
    const rows = await ownerQuery<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean; policies: number }>(
      `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
              (SELECT count(*)::int FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname) AS policies
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relname = ANY($1)`,
      [protectedTables],
    );
    expect(rows.map((r) => r.relname).sort()).toEqual([...protectedTables].sort());
    for (const row of rows) {
      expect(row, row.relname).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
      expect(row.policies, `${row.relname} has no policy`).toBeGreaterThan(0);
    }
  });

  it("the app role is not superuser, cannot bypass RLS and owns no table", async () => {
    const [role] = await ownerQuery<{ rolsuper: boolean; rolbypassrls: boolean }>(
      `SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1`,
      [appRole],
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await ownerQuery(`SELECT tablename FROM pg_tables WHERE tableowner = $1`, [appRole]);
    expect(owned).toEqual([]);
    // The owner of the tables is a different role.
    const owners = await ownerQuery<{ tableowner: string }>(
      `SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = ANY($1)`,
      [protectedTables],
    );
    expect(owners.map((o) => o.tableowner)).not.toContain(appRole);
  });
});

describe("without settings", () => {
  it("every tenant table, User and Tenant read as empty for the app role", async () => {
    for (const table of protectedTables) {
      expect(await count(app, table), `${table} without settings`).toBe(0);
      // There is data (as the owner sees it), so 0 means hidden, not empty.
      const [owner] = await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM ${q(table)}`);
      expect(owner!.n, `${table} has rows as the owner`).toBeGreaterThan(0);
    }
  });

  it("of the tables with a tenantId, exactly the GLOBAL_TABLES ones are readable", async () => {
    const readable: string[] = [];
    for (const table of tenantIdTables) if ((await count(app, table)) > 0) readable.push(table);
    expect(readable.sort()).toEqual(GLOBAL_TABLES.filter((t) => tenantIdTables.includes(t)).sort());
    // Every global table (RateLimitBucket has no tenantId) holds rows and is readable.
    for (const table of GLOBAL_TABLES) {
      expect(await count(app, table), table).toBeGreaterThan(0);
    }
  });

  it("writes to tenant tables are refused", async () => {
    await app.query("BEGIN");
    try {
      await expectPolicyViolation(
        app,
        `INSERT INTO "Partner" (id, "tenantId", name, type, "updatedAt") VALUES ('ptn_rls_nosettings', $1, 'Sneaky', 'OEM', now())`,
        [A.admin.tenantId],
      );
      const updated = await app.query(`UPDATE "Membership" SET role = 'TENANT_ADMIN' WHERE "tenantId" = $1`, [A.admin.tenantId]);
      expect(updated.rowCount).toBe(0);
    } finally {
      await app.query("ROLLBACK");
    }
  });
});

describe("with tenant A's vendor settings", () => {
  const vendorA = () => ({ audience: "vendor", tenantId: A.admin.tenantId, userId: A.admin.user.id });

  it("every tenant table shows only A's rows, and some of them", async () => {
    await asScope(vendorA(), async (c) => {
      for (const table of tenantIdTables.filter((t) => !GLOBAL_TABLES.includes(t))) {
        expect(await count(c, table, `"tenantId" <> $1`, [A.admin.tenantId]), `${table}: other tenants' rows`).toBe(0);
        expect(await count(c, table), `${table}: A's rows`).toBeGreaterThan(0);
      }
    });
  });

  it("Tenant shows only A; User shows only the users holding a seat in A", async () => {
    await asScope(vendorA(), async (c) => {
      const tenants = await c.query<{ id: string }>(`SELECT id FROM "Tenant"`);
      expect(tenants.rows.map((r) => r.id)).toEqual([A.admin.tenantId]);
      const users = await c.query<{ id: string }>(`SELECT id FROM "User" ORDER BY id`);
      const expected = [A.admin, A.finance, A.p1, A.p1b, A.p2].map((x) => x.user.id).sort();
      expect(users.rows.map((r) => r.id)).toEqual(expected);
    });
  });

  it("the settings are local to the transaction: the pooled connection is blind again afterwards", async () => {
    const inside = await asScope(vendorA(), (c) => count(c, "Partner"));
    expect(inside).toBe(2);
    expect(await count(app, "Partner")).toBe(0);
    const { rows } = await app.query<{ tenant: string | null }>(`SELECT app_tenant_id() AS tenant`);
    expect(rows[0]!.tenant).toBeNull();
  });

  it("sees every partner of A (vendor side)", async () => {
    await asScope(vendorA(), async (c) => {
      const partners = await c.query<{ id: string }>(`SELECT id FROM "Partner"`);
      expect(partners.rows.map((r) => r.id).sort()).toEqual([A.p1.partnerId, A.p2.partnerId].sort());
    });
  });

  it("an INSERT carrying B's tenantId is rejected by the policy, on every kind of tenant table", async () => {
    await asScope(vendorA(), async (c) => {
      const b = B.admin.tenantId;
      await expectPolicyViolation(
        c,
        `INSERT INTO "Partner" (id, "tenantId", name, type, "updatedAt") VALUES ('ptn_rls_cross', $1, 'Cross Tenant', 'OEM', now())`,
        [b],
      );
      await expectPolicyViolation(
        c,
        `INSERT INTO "AuditLog" (id, "tenantId", action, "entityType", "entityId") VALUES ('aud_rls_cross', $1, 'x', 'y', 'z')`,
        [b],
      );
      await expectPolicyViolation(
        c,
        `INSERT INTO "Membership" (id, "tenantId", "userId", role, "updatedAt") VALUES ('mem_rls_cross', $1, $2, 'TENANT_ADMIN', now())`,
        [b, A.admin.user.id],
      );
      await expectPolicyViolation(
        c,
        `INSERT INTO "PartnerUser" (id, "tenantId", "partnerId", "userId", role, "updatedAt") VALUES ('pu_rls_cross', $1, $2, $3, 'PARTNER_ADMIN', now())`,
        [b, B.p1.partnerId, A.admin.user.id],
      );
      // Moving one of A's rows into B is refused too (WITH CHECK).
      await expectPolicyViolation(c, `UPDATE "Partner" SET "tenantId" = $1 WHERE id = $2`, [b, A.p1.partnerId]);
    });
  });

  it("UPDATE and DELETE of B's rows touch nothing", async () => {
    await asScope(vendorA(), async (c) => {
      const updated = await c.query(`UPDATE "Partner" SET name = 'Hijacked' WHERE "tenantId" = $1`, [B.admin.tenantId]);
      expect(updated.rowCount).toBe(0);
      const deleted = await c.query(`DELETE FROM "Membership" WHERE "tenantId" = $1`, [B.admin.tenantId]);
      expect(deleted.rowCount).toBe(0);
      const users = await c.query(`UPDATE "User" SET name = 'Hijacked' WHERE id = $1`, [B.admin.user.id]);
      expect(users.rowCount).toBe(0);
    });
    const [row] = await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "Membership" WHERE "tenantId" = $1`, [B.admin.tenantId]);
    expect(row!.n).toBeGreaterThan(0);
  });
});

describe("with a partner user's settings", () => {
  const partnerP1 = () => ({ audience: "partner", tenantId: A.admin.tenantId, userId: A.p1.user.id, partnerId: A.p1.partnerId });

  it("Partner and PartnerUser show only the user's own partner", async () => {
    await asScope(partnerP1(), async (c) => {
      const partners = await c.query<{ id: string }>(`SELECT id FROM "Partner"`);
      expect(partners.rows.map((r) => r.id)).toEqual([A.p1.partnerId]);
      const seats = await c.query<{ partnerId: string; userId: string }>(`SELECT "partnerId", "userId" FROM "PartnerUser"`);
      expect(new Set(seats.rows.map((r) => r.partnerId))).toEqual(new Set([A.p1.partnerId]));
      expect(seats.rows.map((r) => r.userId).sort()).toEqual([A.p1.user.id, A.p1b.user.id].sort());
    });
  });

  it("sees no vendor memberships, no audit log, and only its own team among users", async () => {
    await asScope(partnerP1(), async (c) => {
      expect(await count(c, "Membership")).toBe(0);
      expect(await count(c, "AuditLog")).toBe(0);
      const users = await c.query<{ id: string }>(`SELECT id FROM "User"`);
      expect(users.rows.map((r) => r.id)).not.toContain(A.p2.user.id);
      expect(users.rows.map((r) => r.id)).toContain(A.p1.user.id);
    });
  });

  it("cannot write partners, nor another partner's seats; its own team's seats only (partner self-service)", async () => {
    await asScope(partnerP1(), async (c) => {
      await expectPolicyViolation(
        c,
        `INSERT INTO "Partner" (id, "tenantId", name, type, "updatedAt") VALUES ('ptn_rls_partner', $1, 'Self Made', 'OEM', now())`,
        [A.admin.tenantId],
      );
      const renamed = await c.query(`UPDATE "Partner" SET name = 'Renamed' WHERE id = $1`, [A.p1.partnerId]);
      expect(renamed.rowCount).toBe(0);
      const foreign = await c.query(`UPDATE "PartnerUser" SET status = 'DEACTIVATED' WHERE "partnerId" = $1`, [A.p2.partnerId]);
      expect(foreign.rowCount).toBe(0);
      await expectPolicyViolation(
        c,
        `INSERT INTO "PartnerUser" (id, "tenantId", "partnerId", "userId", role, status, "updatedAt") VALUES ('pu_rls', $1, $2, $3, 'PARTNER_USER', 'INVITED', now())`,
        [A.admin.tenantId, A.p2.partnerId, A.finance.user.id],
      );
      // Its own team is its own to manage (lib/partners/team.ts decides who may).
      const own = await c.query(`UPDATE "PartnerUser" SET status = 'DEACTIVATED' WHERE id = (SELECT id FROM "PartnerUser" WHERE "userId" = $1)`, [
        A.p1b.user.id,
      ]);
      expect(own.rowCount).toBe(1);
    });
  });
});

describe("sign-in and routing settings", () => {
  it("app.user_email reveals exactly that one login; app.tenant_slug exactly that one tenant", async () => {
    await asScope({ audience: "anonymous", userEmail: B.finance.user.email }, async (c) => {
      const users = await c.query<{ id: string }>(`SELECT id FROM "User"`);
      expect(users.rows.map((r) => r.id)).toEqual([B.finance.user.id]);
      expect(await count(c, "Membership")).toBe(0);
    });
    await asScope({ audience: "anonymous", tenantSlug: B.admin.tenant.slug }, async (c) => {
      const tenants = await c.query<{ id: string }>(`SELECT id FROM "Tenant"`);
      expect(tenants.rows.map((r) => r.id)).toEqual([B.admin.tenantId]);
      expect(await count(c, "Partner")).toBe(0);
    });
  });

  it("app.user_id alone shows the user's own seats and their tenants (workspace chooser), nothing else", async () => {
    await asScope({ audience: "anonymous", userId: A.p1.user.id }, async (c) => {
      const seats = await c.query<{ userId: string }>(`SELECT "userId" FROM "PartnerUser"`);
      expect(seats.rows.map((r) => r.userId)).toEqual([A.p1.user.id]);
      const tenants = await c.query<{ id: string }>(`SELECT id FROM "Tenant"`);
      expect(tenants.rows.map((r) => r.id)).toEqual([A.admin.tenantId]);
      expect(await count(c, "AuditLog")).toBe(0);
    });
  });
});

describe("outboxes", () => {
  const event = (id: string) => `evt_rls_${id}_${randomIp().replaceAll(":", "")}`;
  const insertTenantEvent = `INSERT INTO "OutboxEvent" (id, "tenantId", type, payload) VALUES ($1, $2, 'partner.created', '{"recipients":[]}')`;
  const insertAccountEvent = `INSERT INTO "AccountEvent" (id, "userId", type, payload) VALUES ($1, $2, 'password.reset', '{"recipients":[]}')`;

  it("a tenant event is accepted only from a session acting in that tenant, as a service publishes it", async () => {
    const a = A.admin.tenantId;
    for (const settings of [
      { audience: "vendor", tenantId: a, userId: A.admin.user.id },
      { audience: "partner", tenantId: a, userId: A.p1.user.id, partnerId: A.p1.partnerId },
      { audience: "system", tenantId: a },
    ]) {
      await asScope(settings, async (c) => {
        await c.query(insertTenantEvent, [event("ok"), a]);
      });
    }
    // Signed out, as a user outside any tenant, as the worker, in another tenant, or pre-expanded: refused.
    for (const settings of [
      { audience: "anonymous" },
      { audience: "anonymous", userId: A.admin.user.id, tenantId: a },
      { audience: "worker", tenantId: a },
      { audience: "vendor", tenantId: B.admin.tenantId, userId: B.admin.user.id },
    ]) {
      await asScope(settings, (c) => expectPolicyViolation(c, insertTenantEvent, [event("no"), a]));
    }
    await asScope({ audience: "vendor", tenantId: a, userId: A.admin.user.id }, (c) =>
      expectPolicyViolation(
        c,
        `INSERT INTO "OutboxEvent" (id, "tenantId", type, payload, "expandedAt") VALUES ($1, $2, 'partner.created', '{}', now())`,
        [event("expanded"), a],
      ),
    );
  });

  it("an account event is accepted only from a session acting as that user; only the worker reads either outbox's deliveries", async () => {
    await asScope({ audience: "anonymous", userId: A.finance.user.id }, async (c) => {
      await c.query(insertAccountEvent, [event("own"), A.finance.user.id]);
      await expectPolicyViolation(c, insertAccountEvent, [event("other"), B.finance.user.id]);
      // …and cannot read it back, nor any account delivery (reset links, codes).
      expect(await count(c, "AccountEvent")).toBe(0);
      expect(await count(c, "AccountDelivery")).toBe(0);
    });
    // A flow that found the login by its address (password reset), or names an address
    // without a login (sign-up verification): that owner only.
    const insertAddressEvent = `INSERT INTO "AccountEvent" (id, email, type, payload) VALUES ($1, $2, 'signup.verify', '{"recipients":[]}')`;
    await asScope({ audience: "anonymous", userEmail: A.finance.user.email }, async (c) => {
      await c.query(insertAccountEvent, [event("byaddress"), A.finance.user.id]);
      await expectPolicyViolation(c, insertAccountEvent, [event("otheruser"), B.finance.user.id]);
      await c.query(insertAddressEvent, [event("signup"), A.finance.user.email]);
      await expectPolicyViolation(c, insertAddressEvent, [event("otheraddress"), B.finance.user.email]);
    });
    await asScope({ audience: "vendor", tenantId: A.admin.tenantId, userId: A.admin.user.id }, async (c) => {
      await expectPolicyViolation(c, insertAccountEvent, [event("vendor"), A.finance.user.id]);
      expect(await count(c, "AccountDelivery")).toBe(0);
      expect(await count(c, "JobRun")).toBe(0);
    });
    await asScope({ audience: "worker" }, async (c) => {
      expect(await count(c, "AccountDelivery", `"userId" = $1`, [A.finance.user.id])).toBeGreaterThan(0);
    });
  });

  it("a delivery or notification cannot point at another tenant's event (compound foreign key)", async () => {
    const [eventOfB] = await ownerQuery<{ id: string }>(`SELECT id FROM "OutboxEvent" WHERE "tenantId" = $1 LIMIT 1`, [B.admin.tenantId]);
    let error: unknown;
    try {
      await ownerQuery(
        `INSERT INTO "Notification" (id, "tenantId", "userId", "eventId", type, params, link) VALUES ('ntf_rls_cross', $1, $2, $3, 'x', '{}', '/')`,
        [A.admin.tenantId, A.admin.user.id, eventOfB!.id],
      );
    } catch (caught) {
      error = caught;
    }
    // 23503: foreign_key_violation — even the owner, whom RLS does not restrict, is stopped.
    expect(error).toMatchObject({ code: "23503" });
  });
});
