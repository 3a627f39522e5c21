/**
 * The lists behind the data table: URL state parsing, server-side sorting and filters,
 * the audit log's names and filters, bulk retry, and the CSV export (exact rows in the
 * list's order, formulas neutralised).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { VendorCtx } from "@/lib/auth/context";
import { exportAuditLog, listAuditActors, listAuditLog } from "@/lib/audit/list";
import { csvStream, inBatches } from "@/lib/lists/csv";
import { exportDeliveries, listDeliveries, retryDeliveries } from "@/lib/notify/delivery-log";
import { exportPartners, listPartners, type PartnerListItem } from "@/lib/partners/list";
import { partnerListQuery } from "@/lib/partners/schema";
import { createPartner } from "@/lib/partners/service";
import { exportMembers, listMembers } from "@/lib/users/list";
import { memberListQuery } from "@/lib/users/list-schema";
import { ownerQuery } from "@/tests/fixtures/db";
import { queueDeliveries } from "@/tests/fixtures/deliveries";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

/** The CSV as bytes → text, keeping the byte-order mark (Response.text() would drop it). */
async function csvText<T>(columns: Parameters<typeof csvStream<T>>[0], rows: AsyncIterable<T>): Promise<string> {
  const bytes = new Uint8Array(await new Response(csvStream(columns, rows)).arrayBuffer());
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

async function* of<T>(rows: T[]) {
  yield* rows;
}

let admin: VendorCtx;
let manager: VendorCtx;

beforeAll(async () => {
  admin = await createTestTenant();
  manager = await addVendorUser(admin, "CHANNEL_MANAGER");
});

describe("list URL state", () => {
  it("reads page, size, sort, hidden columns and filters, falling back on anything malformed", () => {
    expect(
      partnerListQuery.parse(
        new URLSearchParams("page=3&size=50&sort=-created&hide=tier,country&status=ACTIVE&q=%20nor%20"),
      ),
    ).toEqual({
      page: 3,
      pageSize: 50,
      sort: { id: "created", desc: true },
      hidden: ["tier", "country"],
      status: "ACTIVE",
      q: "nor",
      type: undefined,
    });
    expect(
      partnerListQuery.parse({
        page: "-1",
        size: "7",
        sort: "-password",
        hide: "<script>",
        status: "NOPE",
        type: ["OEM", "VAR"],
      }),
    ).toEqual({
      page: 1,
      pageSize: 25,
      sort: { id: "name", desc: false },
      hidden: [],
      status: undefined,
      q: undefined,
      type: "OEM",
    });
    expect(memberListQuery.parse({ sort: "lastSignIn", q: "" })).toMatchObject({
      sort: { id: "lastSignIn", desc: false },
      q: undefined,
    });
  });
});

describe("partners list and export", () => {
  let tenant: VendorCtx;
  const names = [
    '=HYPERLINK("http://evil.test","x")',
    "+Plus Co",
    "-Minus Co",
    "@At Co",
    'Alpha, "Quoted" Ltd',
    "Zeta Ñandú",
  ];

  beforeAll(async () => {
    tenant = await createTestTenant();
    for (const [index, name] of names.entries()) {
      await createPartner(tenant, { name, type: index % 2 ? "VAR" : "OEM", country: index === 5 ? "ES" : null });
    }
    await createPartnerWithUser(tenant, "PARTNER_ADMIN", { partnerName: "Team Co" });
  });

  it("sorts on the server by any sortable column, ties broken by id", async () => {
    const byName = await listPartners(tenant, { sort: { id: "name", desc: true } });
    expect(byName.rows.map((row) => row.name)).toEqual([...names, "Team Co"].sort((a, b) => (a < b ? 1 : -1)));
    const byUsers = await listPartners(tenant, { sort: { id: "users", desc: true } });
    expect(byUsers.rows[0]).toMatchObject({ name: "Team Co", portalUsers: 1 });
    const byCountry = await listPartners(tenant, { sort: { id: "country", desc: false } });
    expect(byCountry.rows[0]!.country).toBe("ES");
  });

  it("filters by type and pages with the chosen page size", async () => {
    const vars = await listPartners(tenant, { type: "VAR", pageSize: 10 });
    expect(vars.total).toBe(3);
    expect(vars.rows.every((row) => row.type === "VAR")).toBe(true);
    const small = await listPartners(tenant, { pageSize: 10, page: 1 });
    expect(small).toMatchObject({ pageSize: 10, total: 7 });
  });

  it("exports exactly the filtered rows in the list's order, as CSV with formulas neutralised", async () => {
    const query = partnerListQuery.parse({ type: "OEM", sort: "-name" });
    const listed = await listPartners(tenant, { ...query, pageSize: 100 });
    const exported = await collect(exportPartners(tenant, query));
    expect(exported.map((row) => row.id)).toEqual(listed.rows.map((row) => row.id));

    const text = await csvText<PartnerListItem>(
      [
        { header: "Name", value: (row) => row.name },
        { header: "Country", value: (row) => row.country },
        { header: "Users", value: (row) => row.portalUsers },
      ],
      exportPartners(tenant, query),
    );
    // A byte-order mark, CRLF lines, quoting of commas and quotes, formulas prefixed with '.
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const cells: Record<string, string> = {
      '=HYPERLINK("http://evil.test","x")': `"'=HYPERLINK(""http://evil.test"",""x"")"`,
      "-Minus Co": "'-Minus Co",
      'Alpha, "Quoted" Ltd': `"Alpha, ""Quoted"" Ltd"`,
    };
    expect(listed.rows.map((row) => row.name).sort()).toEqual(Object.keys(cells).sort());
    expect(text.slice(1).split("\r\n")).toEqual([
      "Name,Country,Users",
      ...listed.rows.map((row) => `${cells[row.name]},,0`),
      "",
    ]);
  });

  it("neutralises every formula trigger (= + - @ tab CR) but leaves numbers alone", async () => {
    const rows = ["=1+1", "+1", "-1", "@x", "\tx", "\rx", "plain", "a=b"].map((value) => ({ value }));
    const text = await csvText<{ value: string }>(
      [
        { header: "Value", value: (row) => row.value },
        { header: "Number", value: () => -5 },
      ],
      of(rows),
    );
    expect(text.slice(1).split("\r\n")).toEqual([
      "Value,Number",
      "'=1+1,-5",
      "'+1,-5",
      "'-1,-5",
      "'@x,-5",
      "'\tx,-5",
      '"\'\rx",-5',
      "plain,-5",
      "a=b,-5",
      "",
    ]);
  });

  it("pages through long exports in batches until a short batch", async () => {
    const windows: { skip: number; take: number }[] = [];
    const rows = await collect(
      inBatches(async (window) => {
        windows.push(window);
        return Array.from({ length: Math.max(0, Math.min(window.take, 5 - window.skip)) }, (_, i) => window.skip + i);
      }, 2),
    );
    expect(rows).toEqual([0, 1, 2, 3, 4]);
    expect(windows).toEqual([
      { skip: 0, take: 2 },
      { skip: 2, take: 2 },
      { skip: 4, take: 2 },
    ]);
  });

  it("refuses roles without partners.read and never exports another tenant's rows", async () => {
    const other = await createTestTenant();
    expect(await collect(exportPartners(other, partnerListQuery.parse({})))).toEqual([]);
    const partner = await createPartnerWithUser(other, "PARTNER_ADMIN");
    expect(() => exportPartners(partner as unknown as VendorCtx, {})).toThrow(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
  });
});

describe("users list", () => {
  it("searches name and e-mail, filters by role and status, sorts by e-mail", async () => {
    const rep = await addVendorUser(admin, "SALES_REP");
    const byEmail = await listMembers(admin, { q: rep.user.email.slice(0, 12).toUpperCase() });
    expect(byEmail.rows.map((row) => row.userId)).toEqual([rep.user.id]);
    const managers = await listMembers(admin, { role: "CHANNEL_MANAGER" });
    expect(managers.rows.map((row) => row.userId)).toEqual([manager.user.id]);
    expect((await listMembers(admin, { status: "DEACTIVATED" })).total).toBe(0);
    const sorted = await listMembers(admin, { sort: { id: "email", desc: true } });
    const emails = sorted.rows.map((row) => row.email);
    expect(emails).toEqual([...emails].sort().reverse());
    const exported = await collect(exportMembers(admin, { role: "SALES_REP" }));
    expect(exported.map((row) => row.email)).toEqual([rep.user.email]);
    await rejectsWith(listMembers(await addVendorUser(admin, "FINANCE"), {}), "FORBIDDEN");
  });
});

describe("audit log filters", () => {
  it("filters by person, record and action, and lists the people who acted", async () => {
    const tenant = await createTestTenant();
    const colleague = await addVendorUser(tenant, "CHANNEL_MANAGER");
    const mine = await createPartner(colleague, { name: "Colleague Partner", type: "OEM", country: null });
    await createPartner(tenant, { name: "Admin Partner", type: "OEM", country: null });

    const byColleague = await listAuditLog(tenant, { actor: colleague.user.id });
    expect(byColleague.rows.map((row) => row.action).sort()).toEqual(["partner.created", "user.invitationAccepted"]);
    const record = await listAuditLog(tenant, { entity: "Partner", entityId: mine.id });
    expect(record.rows).toEqual([
      expect.objectContaining({
        action: "partner.created",
        object: expect.objectContaining({ name: "Colleague Partner" }),
      }),
    ]);
    expect((await listAuditLog(tenant, { action: "partner.created" })).total).toBe(2);
    expect((await listAuditLog(tenant, { action: "partner." })).total).toBe(2);
    expect((await listAuditLog(tenant, { sort: { id: "time", desc: false } })).rows[0]!.action).toBe("tenant.created");

    const actors = await listAuditActors(tenant);
    expect(actors.map((actor) => actor.id).sort()).toEqual([tenant.user.id, colleague.user.id].sort());
    const exported = await collect(exportAuditLog(tenant, { actor: colleague.user.id }));
    expect(exported.map((row) => row.id)).toEqual(byColleague.rows.map((row) => row.id));
  });
});

describe("delivery log", () => {
  it("searches recipients, sorts by attempts, and bulk-retries only retryable rows of the tenant", async () => {
    const tenant = await createTestTenant();
    const other = await createTestTenant();
    const { ids } = await queueDeliveries({
      channel: "EMAIL",
      count: 3,
      tenantId: tenant.tenantId,
      to: (i) => `bulk${i}@lists.test`,
    });
    const foreign = await queueDeliveries({
      channel: "EMAIL",
      count: 1,
      tenantId: other.tenantId,
      to: () => "foreign@lists.test",
    });
    await ownerQuery(`UPDATE "Delivery" SET status = 'DEAD', attempts = 6 WHERE id = ANY($1)`, [
      [ids[0], ids[1], ...foreign.ids],
    ]);

    expect((await listDeliveries(tenant, { q: "BULK1@" })).rows.map((row) => row.id)).toEqual([ids[1]]);
    expect((await listDeliveries(tenant, { sort: { id: "attempts", desc: true } })).rows[0]!.attempts).toBe(6);
    expect((await collect(exportDeliveries(tenant, { status: "DEAD" }))).map((row) => row.id).sort()).toEqual(
      [ids[0], ids[1]].sort(),
    );

    // Another tenant's id in the selection: refused as a whole, nothing changes.
    await rejectsWith(retryDeliveries(tenant, { deliveryIds: [...ids, ...foreign.ids] }), "NOT_FOUND");
    await rejectsWith(retryDeliveries(tenant, { deliveryIds: [ids[2]!] }), "CONFLICT");
    const result = await retryDeliveries(tenant, { deliveryIds: ids });
    expect(result).toEqual({ retried: 2 });
    const rows = await ownerQuery<{ id: string; status: string }>(
      `SELECT id, status FROM "Delivery" WHERE id = ANY($1)`,
      [[...ids, ...foreign.ids]],
    );
    expect(Object.fromEntries(rows.map((row) => [row.id, row.status]))).toEqual({
      [ids[0]!]: "QUEUED",
      [ids[1]!]: "QUEUED",
      [ids[2]!]: "QUEUED",
      [foreign.ids[0]!]: "DEAD",
    });
    const audits = await ownerQuery(`SELECT 1 FROM "AuditLog" WHERE action = 'delivery.retried' AND "tenantId" = $1`, [
      tenant.tenantId,
    ]);
    expect(audits).toHaveLength(2);
    await rejectsWith(retryDeliveries(manager, { deliveryIds: ids }), "FORBIDDEN");
  });
});
