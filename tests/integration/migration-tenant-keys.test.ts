/**
 * The tenant-keys migration on a database holding rows written before it: account
 * messages move to the account outbox, tenant rows get their event's tenant, and rows
 * pointing at deleted tenants or users are cleaned up — then every new constraint holds.
 * A throwaway database on the test server, migrated up to the migration before.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, applyMigrations } from "@/scripts/db/engine";
import { withDatabase } from "@/scripts/db/pg-url";

/** The last migration before tenant_keys. */
const BEFORE = "20261201142808_account_security";
const name = `canal_mig_${Math.random().toString(36).slice(2, 10)}`;
const serverUrl = process.env.DATABASE_OWNER_URL!;
const url = withDatabase(serverUrl, name);
let db: pg.Client;
let tmp: string;

async function onServer(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await onServer(`CREATE DATABASE ${name}`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "canal-mig-"));
  fs.copyFileSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), path.join(tmp, "migration_lock.toml"));
  for (const dir of fs.readdirSync(MIGRATIONS_DIR).filter((d) => /^\d{14}_/.test(d) && d <= BEFORE)) {
    fs.cpSync(path.join(MIGRATIONS_DIR, dir), path.join(tmp, dir), { recursive: true });
  }
  await applyMigrations(url, { migrationsDir: tmp });
  db = new pg.Client({ connectionString: url });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const rows = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows;

describe("migration tenant_keys", () => {
  it("moves account messages apart, fixes tenant rows and drops dangling ones", async () => {
    // Before: what the first alerts release could hold.
    await db.query(`
      INSERT INTO "Tenant" (id, slug, name, "updatedAt") VALUES ('ten_a', 'a', 'A', now());
      INSERT INTO "User" (id, email, name, "updatedAt") VALUES ('usr_1', 'one@example.test', 'One', now()), ('usr_2', 'two@example.test', 'Two', now());
      INSERT INTO "OutboxEvent" (id, "tenantId", type, payload, "expandedAt") VALUES
        ('evt_reset', NULL, 'password.reset', '{"recipients":[{"userId":"usr_1"}],"link":"[redacted]","params":{}}', now()),
        ('evt_code', NULL, 'phone.verification', '{"recipients":[{"phone":"+15550001111","locale":"en","userId":"usr_2"}],"link":"/w","params":{"code":"123456"}}', NULL),
        ('evt_nobody', NULL, 'password.reset', '{"recipients":[{"userId":"usr_gone"}],"link":"/x","params":{}}', NULL),
        ('evt_signup', NULL, 'signup.verify', '{"recipients":[{"email":"New@Example.test","locale":"en"}],"link":"[redacted]","params":{}}', now()),
        ('evt_tenant', 'ten_a', 'member.roleChanged', '{"recipients":[{"userId":"usr_1"}],"link":"/a","params":{}}', now()),
        ('evt_gone', 'ten_gone', 'partner.created', '{"recipients":[],"link":"/g","params":{}}', now());
      INSERT INTO "Delivery" (id, "tenantId", "eventId", "userId", channel, "to", locale, subject, body, status, attempts, "providerMessageId", "updatedAt") VALUES
        ('dlv_reset', NULL, 'evt_reset', 'usr_1', 'EMAIL', 'one@example.test', 'en', 'Reset', 'Link', 'SENT', 1, '<dlv_reset@x>', now()),
        ('dlv_tenant', NULL, 'evt_tenant', 'usr_gone', 'EMAIL', 'gone@example.test', 'en', 'Role', 'Body', 'QUEUED', 0, NULL, now()),
        ('dlv_gone', 'ten_gone', 'evt_gone', NULL, 'EMAIL', 'x@example.test', 'en', 'S', 'B', 'QUEUED', 0, NULL, now());
      INSERT INTO "Notification" (id, "tenantId", "userId", "eventId", type, params, link) VALUES
        ('ntf_tenant', NULL, 'usr_1', 'evt_tenant', 'member.roleChanged', '{}', '/a');
      INSERT INTO "AuthToken" (id, "userId", purpose, "tokenHash", "tenantId", "expiresAt") VALUES
        ('tok_reset', 'usr_1', 'PASSWORD_RESET', 'h1', NULL, now() + interval '1 hour'),
        ('tok_invite', 'usr_2', 'INVITATION', 'h2', 'ten_a', now() + interval '1 day'),
        ('tok_dead', 'usr_2', 'INVITATION', 'h3', 'ten_gone', now() + interval '1 day');
      INSERT INTO "DevMailboxMessage" (id, "tenantId", "to", subject, text, html) VALUES ('mail_gone', 'ten_gone', 'x@example.test', 's', 't', 'h');
    `);

    const applied = await applyMigrations(url);
    expect(applied[0]).toMatch(/_tenant_keys$/);

    expect(await rows(`SELECT id, "userId", email, type, "expandedAt" IS NOT NULL AS expanded FROM "AccountEvent" ORDER BY id`)).toEqual([
      { id: "evt_code", userId: "usr_2", email: null, type: "phone.verification", expanded: false },
      { id: "evt_reset", userId: "usr_1", email: null, type: "password.reset", expanded: true },
      // a sign-up verification sent before its login existed: owned by its address
      { id: "evt_signup", userId: null, email: "new@example.test", type: "signup.verify", expanded: true },
    ]);
    expect(await rows(`SELECT id, "eventId", "userId", status, "providerMessageId" FROM "AccountDelivery"`)).toEqual([
      { id: "dlv_reset", eventId: "evt_reset", userId: "usr_1", status: "SENT", providerMessageId: "<dlv_reset@x>" },
    ]);
    expect(await rows(`SELECT id, "tenantId" FROM "OutboxEvent" ORDER BY id`)).toEqual([{ id: "evt_tenant", tenantId: "ten_a" }]);
    expect(await rows(`SELECT id, "tenantId", "userId" FROM "Delivery" ORDER BY id`)).toEqual([
      { id: "dlv_tenant", tenantId: "ten_a", userId: null },
    ]);
    expect(await rows(`SELECT id, "tenantId" FROM "Notification"`)).toEqual([{ id: "ntf_tenant", tenantId: "ten_a" }]);
    expect(await rows(`SELECT id, "tenantId" FROM "AuthToken" ORDER BY id`)).toEqual([
      { id: "tok_invite", tenantId: "ten_a" },
      { id: "tok_reset", tenantId: null },
    ]);
    expect(await rows(`SELECT "tenantId" FROM "DevMailboxMessage"`)).toEqual([{ tenantId: null }]);

    // The new keys hold from now on: a notification of tenant A cannot hang off another tenant's event.
    await db.query(`INSERT INTO "Tenant" (id, slug, name, "updatedAt") VALUES ('ten_b', 'b', 'B', now())`);
    await expect(
      db.query(`INSERT INTO "Notification" (id, "tenantId", "userId", "eventId", type, params, link) VALUES ('ntf_x', 'ten_b', 'usr_1', 'evt_tenant', 't', '{}', '/')`),
    ).rejects.toMatchObject({ code: "23503" });
    await expect(
      db.query(`INSERT INTO "OutboxEvent" (id, "tenantId", type, payload) VALUES ('evt_null', NULL, 't', '{}')`),
    ).rejects.toMatchObject({ code: "23502" });
  });
});
