/**
 * Accounts: creation by the vendor and in the portal, de-duplication variants, a partner's
 * walls (never another partner's or the vendor's direct accounts), stale edits, contacts,
 * and the CSV import with bad rows and hostile files.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { importAccounts, importOwnAccounts } from "@/lib/accounts/import";
import { exportOwnAccounts, listAccounts, listOwnAccounts } from "@/lib/accounts/list";
import { accountFieldsSchema, createAccountSchema, updateAccountSchema } from "@/lib/accounts/schema";
import {
  addOwnContact,
  createAccount,
  createOwnAccount,
  getAccount,
  getOwnAccount,
  removeOwnContact,
  updateOwnAccount,
} from "@/lib/accounts/service";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";

let admin: VendorCtx;
let other: VendorCtx;
let p1: PartnerCtx;
let p2: PartnerCtx;

const fields = (f: Record<string, unknown>) => accountFieldsSchema.parse(f);

beforeAll(async () => {
  admin = await createTestTenant();
  other = await createTestTenant();
  p1 = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: "Alpha Distribución" });
  p2 = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: "Beta Soluciones" });
});

describe("de-duplication within one owner", () => {
  it.each([
    ["the same name with another legal form", { name: "ACME S.A." }, { name: "Acme SA" }, "name"],
    ["accents, punctuation and case", { name: "Ácme Méxicana, S. de R.L. de C.V." }, { name: "ACME MEXICANA" }, "name"],
    ["the web domain", { name: "Foo One", website: "https://www.foo-one.com/about" }, { name: "Totally Else", website: "FOO-ONE.com" }, "website"],
    ["the tax id", { name: "Bar Uno", taxId: "BUN-010101-AB1" }, { name: "Bar Dos", taxId: "bun010101ab1" }, "taxId"],
  ])("refuses %s on its field", async (_label, first, second, field) => {
    const partner = await createPartnerWithUser(admin);
    await createOwnAccount(partner, fields(first));
    const error = await rejectsWith(createOwnAccount(partner, fields(second)), "VALIDATION_FAILED");
    expect(error.fields).toEqual({ [field]: ["accounts.validation.duplicate"] });
  });

  it("the vendor's direct accounts are checked against every owner", async () => {
    await createOwnAccount(p1, fields({ name: "Gamma Retail SA" }));
    const error = await rejectsWith(createAccount(admin, createAccountSchema.parse({ name: "gamma retail" })), "VALIDATION_FAILED");
    expect(error.fields).toEqual({ name: ["accounts.validation.duplicate"] });
  });

  it("different companies are not duplicates", async () => {
    await createOwnAccount(p1, fields({ name: "Delta Foods" }));
    await expect(createOwnAccount(p1, fields({ name: "Delta Foods Retail" }))).resolves.toMatchObject({ reviewStatus: "CLEAR" });
  });
});

describe("a partner's walls", () => {
  let own: string;
  let theirs: string;
  let direct: string;
  beforeAll(async () => {
    own = (await createOwnAccount(p1, fields({ name: "Epsilon Labs" }))).id;
    theirs = (await createOwnAccount(p2, fields({ name: "Zeta Hotels" }))).id;
    direct = (await createAccount(admin, createAccountSchema.parse({ name: "Eta Direct Corp" }))).id;
  });

  it("sees and edits its own accounts only: another partner's or a direct id is NOT_FOUND", async () => {
    expect((await getOwnAccount(p1, own)).name).toBe("Epsilon Labs");
    await rejectsWith(getOwnAccount(p1, theirs), "NOT_FOUND");
    await rejectsWith(getOwnAccount(p1, direct), "NOT_FOUND");
    await rejectsWith(updateOwnAccount(p1, updateAccountSchema.parse({ accountId: theirs, name: "Hijacked", version: 0 })), "NOT_FOUND");
    await rejectsWith(addOwnContact(p1, { accountId: theirs, name: "Spy", email: null, phone: null, title: null }), "NOT_FOUND");
    const names = (await listOwnAccounts(p1, { pageSize: 100 })).rows.map((r) => r.name);
    expect(names).toContain("Epsilon Labs");
    expect(names).not.toContain("Zeta Hotels");
    expect(names).not.toContain("Eta Direct Corp");
    const exported = [];
    for await (const row of exportOwnAccounts(p1, {})) exported.push(row.name);
    expect(exported.sort()).toEqual(names.sort());
    const [{ name }] = await ownerQuery<{ name: string }>(`SELECT name FROM "Account" WHERE id = $1`, [theirs]);
    expect(name).toBe("Zeta Hotels");
  });

  it("another tenant cannot read or change them", async () => {
    await rejectsWith(getAccount(other, own), "NOT_FOUND");
    expect((await listAccounts(other)).total).toBe(0);
  });

  it("a stale edit from a second tab is refused and changes nothing", async () => {
    const detail = await getOwnAccount(p1, own);
    await updateOwnAccount(p1, updateAccountSchema.parse({ accountId: own, name: "Epsilon Labs", city: "Monterrey", version: detail.version }));
    await rejectsWith(
      updateOwnAccount(p1, updateAccountSchema.parse({ accountId: own, name: "Epsilon Other Tab", version: detail.version })),
      "STALE_EDIT",
    );
    expect(await getOwnAccount(p1, own)).toMatchObject({ name: "Epsilon Labs", city: "Monterrey", version: detail.version + 1 });
  });

  it("contacts follow the account's owner", async () => {
    const contact = await addOwnContact(p1, { accountId: own, name: "Lucía Pérez", email: "lucia@epsilon.test", phone: null, title: "CTO" });
    expect((await getOwnAccount(p1, own)).contacts).toEqual([expect.objectContaining({ name: "Lucía Pérez" })]);
    await rejectsWith(removeOwnContact(p2, contact.id), "NOT_FOUND");
    await removeOwnContact(p1, contact.id);
    expect((await getOwnAccount(p1, own)).contacts).toEqual([]);
  });

  it("roles without the permission are refused", async () => {
    const finance = await addVendorUser(admin, "FINANCE");
    await rejectsWith(createAccount(finance, createAccountSchema.parse({ name: "Nope" })), "FORBIDDEN");
    await expect(listAccounts(finance)).resolves.toBeDefined();
    const user = await createPartnerWithUser(admin, "PARTNER_USER", { partnerId: p1.partnerId });
    await rejectsWith(importOwnAccounts(user, { file: "name\nX\n", locale: "en" }), "FORBIDDEN");
  });
});

describe("CSV import", () => {
  it("imports the good rows and reports every bad one by line and column", async () => {
    const partner = await createPartnerWithUser(admin);
    await createOwnAccount(partner, fields({ name: "Existing Co" }));
    const file = [
      "Nombre;Sitio web;RFC;País;Estado;Código postal;Industria;Notes",
      "Omega Comercial S.A.;omega.mx;OCO-990101-AA1;mx;Nuevo León;64000;Comercio minorista;hello",
      ";nobody.mx;;MX;;;;",
      "Bad Country;;;Mexico;;;;",
      "OMEGA COMERCIAL SA;;;MX;;;;",
      "Existing Co.;;;;;;;",
      "Sigma Salud;sigma-salud.mx;;MX;;;Healthcare;",
      '"=HYPERLINK(""http://evil"",""x"")";;;;;;;',
      "Bad Industry;;;;;;Spaceships;",
    ].join("\n");
    const report = await importOwnAccounts(partner, { file, locale: "es" });
    expect(report).toMatchObject({ total: 8, imported: 3, ignoredHeaders: ["Notes"] });
    expect(report.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [3, "Nombre", expect.any(String)],
      [4, "País", "validation.country"],
      [5, "Nombre", "accounts.validation.duplicateInFile"],
      [6, "Nombre", "accounts.validation.duplicate"],
      [9, "Industria", "accounts.validation.industry"],
    ]);
    const rows = (await listOwnAccounts(partner, { pageSize: 100 })).rows;
    expect(rows.map((r) => r.name).sort()).toEqual(['=HYPERLINK("http://evil","x")', "Existing Co", "Omega Comercial S.A.", "Sigma Salud"]);
    expect(rows.find((r) => r.name === "Sigma Salud")?.industry).toBe("HEALTHCARE");
    expect(rows.find((r) => r.name.startsWith("Omega"))).toMatchObject({ country: "MX", industry: "RETAIL", domain: "omega.mx" });
  });

  it("refuses hostile or wrong files whole, writing nothing", async () => {
    const partner = await createPartnerWithUser(admin);
    const count = async () => (await listOwnAccounts(partner)).total;
    await rejectsWith(importOwnAccounts(partner, { file: "company_name,city\nA,B\n", locale: "en" }), "CSV_MISSING_COLUMNS");
    const fifty = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    await rejectsWith(importOwnAccounts(partner, { file: fifty, locale: "en" }), "CSV_TOO_LARGE");
    await rejectsWith(importOwnAccounts(partner, { file: "name\n" + "Row\n".repeat(5001), locale: "en" }), "CSV_TOO_MANY_ROWS");
    await rejectsWith(importOwnAccounts(partner, { file: 'name\n"unterminated\n', locale: "en" }), "CSV_UNREADABLE");
    await rejectsWith(importOwnAccounts(partner, { file: "", locale: "en" }), "CSV_EMPTY");
    expect(await count()).toBe(0);
  });

  it("the vendor imports for a partner of its own tenant only", async () => {
    await rejectsWith(importAccounts(other, { file: "name\nX\n", partnerId: p1.partnerId, locale: "en" }), "NOT_FOUND");
    const report = await importAccounts(admin, { file: "name,country\nKappa Direct,US\n", partnerId: null, locale: "en" });
    expect(report).toMatchObject({ imported: 1, problems: [] });
  });
});
