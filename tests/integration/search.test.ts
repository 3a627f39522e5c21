/**
 * "Find anything" (lib/search): what each reader finds, and above all what they never
 * find — another tenant's objects, another partner's people, groups their role may not
 * read — plus typed text taken literally (LIKE wildcards, backslashes, NUL).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { searchAccounts, searchOwnAccounts } from "@/lib/accounts/search";
import { accountFieldsSchema, createAccountSchema } from "@/lib/accounts/schema";
import { createAccount, createOwnAccount } from "@/lib/accounts/service";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { searchNotifications } from "@/lib/notify/search";
import { searchOwnTeam, searchPartners, searchPortalUsers } from "@/lib/partners/search";
import { createPartner, deactivatePartnerUser, listPartners } from "@/lib/partners/service";
import { enrolPartner } from "@/lib/programs/enrolment";
import { searchPrograms } from "@/lib/programs/search";
import { createProgram } from "@/lib/programs/service";
import type { SearchProvider } from "@/lib/search/provider";
import { SEARCH_PROVIDERS } from "@/lib/search/registry";
import { search } from "@/lib/search/service";
import { SEARCH_GROUP_LIMIT, normalizeSearchText, type SearchResult } from "@/lib/search/types";
import { searchMembers } from "@/lib/users/search";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant, uniqueEmail } from "@/tests/fixtures/factories";
import { expandAllEvents } from "@/tests/fixtures/mailbox";

/** A word no other test file uses: every name below carries it, so searches see only this file's rows. */
const tag = `zq${randomBytes(3).toString("hex")}`;

const titles = (result: SearchResult, group: string) => result.groups.find((g) => g.id === group)?.hits.map((h) => h.title) ?? [];
const groupIds = (result: SearchResult) => result.groups.map((g) => g.id);
/**
 * Groups of people and partners only: notifications carry names too (the worker of a
 * parallel test file may deliver "Marta accepted your invitation" at any moment).
 */
const objectTitles = (result: SearchResult) =>
  result.groups.filter((g) => g.id !== "notifications").flatMap((g) => g.hits.map((h) => h.title));
const objectGroups = (result: SearchResult) => groupIds(result).filter((id) => id !== "notifications");
const en = (q: string) => ({ q, locale: "en" as const });

let admin: VendorCtx;
let manager: VendorCtx;
let rep: VendorCtx;
let otherAdmin: VendorCtx;
let northAdmin: PartnerCtx;
let northBuyer: PartnerCtx;
let southAdmin: PartnerCtx;

beforeAll(async () => {
  [admin, otherAdmin] = await Promise.all([createTestTenant({ tenantName: `Acme ${tag}` }), createTestTenant()]);
  manager = await addVendorUser(admin, "CHANNEL_MANAGER", { name: `Marta ${tag} Manager`, email: uniqueEmail(`marta-${tag}`) });
  rep = await addVendorUser(admin, "SALES_REP", { name: "Rafael Rep" });
  northAdmin = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: `North ${tag} Distribution`, name: `Nadia ${tag}` });
  northBuyer = await createPartnerWithUser(admin, "PARTNER_USER", { partnerId: northAdmin.partnerId, name: `Ben ${tag} Buyer` });
  southAdmin = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: `South ${tag} Systems`, name: `Sofia ${tag}` });
  // The other tenant has the same word everywhere: none of it may ever show up in Acme.
  await addVendorUser(otherAdmin, "CHANNEL_MANAGER", { name: `Otto ${tag} Other` });
  await createPartnerWithUser(otherAdmin, "PARTNER_ADMIN", { partnerName: `Other ${tag} Partner`, name: `Olga ${tag}` });
});

describe("what a vendor user finds", () => {
  it("finds partners by any part of the name, case-insensitive, with words in the reader's language", async () => {
    const result = await search(admin, en(`${tag} DISTRIB`));
    const partners = result.groups.find((g) => g.id === "partners")!;
    expect(partners.hits).toEqual([
      {
        id: northAdmin.partnerId,
        title: `North ${tag} Distribution`,
        detail: "Distributor",
        meta: "Onboarding",
        href: `/${admin.tenant.slug}/admin/partners/${northAdmin.partnerId}`,
      },
    ]);
    expect(partners.moreHref).toBe(`/${admin.tenant.slug}/admin/partners?q=${tag}+DISTRIB`);

    const spanish = await search(admin, { q: `north ${tag}`, locale: "es" });
    expect(spanish.groups.find((g) => g.id === "partners")!.hits[0]).toMatchObject({ detail: "Distribuidor", meta: "En incorporación" });
  });

  it("finds colleagues by name and by e-mail address, and portal users with their partner", async () => {
    const byName = await search(admin, en(`marta ${tag}`));
    expect(titles(byName, "members")).toEqual([`Marta ${tag} Manager`]);
    const member = byName.groups.find((g) => g.id === "members")!.hits[0]!;
    expect(member).toMatchObject({ detail: manager.user.email, meta: "Channel manager" });
    expect(member.href).toBe(`/${admin.tenant.slug}/admin/users?q=${encodeURIComponent(manager.user.email)}`);

    const byEmail = await search(admin, en(manager.user.email.slice(0, 12)));
    expect(titles(byEmail, "members")).toEqual([`Marta ${tag} Manager`]);

    const portal = await search(admin, en(northBuyer.user.email));
    expect(portal.groups.find((g) => g.id === "portalUsers")!.hits).toEqual([
      {
        id: expect.stringMatching(/^\w+_/),
        title: `Ben ${tag} Buyer`,
        detail: northBuyer.user.email,
        meta: `North ${tag} Distribution`,
        href: `/${admin.tenant.slug}/admin/partners/${northAdmin.partnerId}`,
      },
    ]);
  });

  it("never returns another tenant's partners or people, in either direction", async () => {
    const everything = objectTitles(await search(admin, en(tag)));
    expect(everything).toEqual(expect.arrayContaining([`North ${tag} Distribution`, `Sofia ${tag}`, `Marta ${tag} Manager`]));
    expect(everything.filter((title) => /Other|Otto|Olga/.test(title))).toEqual([]);

    expect(objectTitles(await search(otherAdmin, en(tag))).sort()).toEqual([`Olga ${tag}`, `Other ${tag} Partner`, `Otto ${tag} Other`]);
  });

  it("gives a role only the groups it may read", async () => {
    // Sales reps read partners (and their portal users) but not the users page.
    const result = await search(rep, en(tag));
    expect(objectGroups(result)).toEqual(["partners", "portalUsers"]);
    expect(titles(result, "members")).toEqual([]);
    // …and the provider itself refuses, whoever calls it.
    await rejectsWith(searchMembers(rep, { text: tag, locale: "en", limit: 5 }), "FORBIDDEN");
  });

  it("lists what starts with the text before what merely contains it, and cuts each group at the limit", async () => {
    const word = `${tag}lim`;
    // Alphabetically "Aa…" comes first; as a beginning, the word itself wins.
    await createPartner(admin, { name: `Aardvark ${word}`, type: "VAR", country: null });
    await createPartner(admin, { name: `${word} Zulu`, type: "VAR", country: null });
    for (let i = 0; i < SEARCH_GROUP_LIMIT; i += 1) {
      await createPartner(admin, { name: `Beta ${i} ${word}`, type: "RETAILER", country: null });
    }
    const result = await search(admin, en(word));
    const partners = result.groups.find((g) => g.id === "partners")!;
    expect(partners.hits).toHaveLength(SEARCH_GROUP_LIMIT);
    expect(partners.hits[0]!.title).toBe(`${word} Zulu`);
    expect(partners.hits[1]!.title).toBe(`Aardvark ${word}`);
    expect(partners.more).toBe(true);
  });
});

describe("what a partner user finds", () => {
  it("a partner admin finds their own team only, never another partner's people or the vendor's", async () => {
    const result = await search(northAdmin, en(tag));
    expect(objectGroups(result)).toEqual(["team"]);
    expect(titles(result, "team").sort()).toEqual([`Ben ${tag} Buyer`, `Nadia ${tag}`]);
    expect(result.groups[0]!.hits.every((hit) => hit.href === `/${admin.tenant.slug}/portal/team`)).toBe(true);

    const south = await search(southAdmin, en(tag));
    expect(titles(south, "team")).toEqual([`Sofia ${tag}`]);
  });

  it("leaves switched-off teammates out, as the team page does; the vendor still finds them, marked", async () => {
    const leaver = await createPartnerWithUser(admin, "PARTNER_USER", { partnerId: northAdmin.partnerId, name: `Lea ${tag} Leaver` });
    const [seat] = await ownerQuery<{ id: string }>(`SELECT id FROM "PartnerUser" WHERE "userId" = $1`, [leaver.user.id]);
    await deactivatePartnerUser(admin, { partnerUserId: seat!.id });
    expect(titles(await search(northAdmin, en(`lea ${tag}`)), "team")).toEqual([]);
    const vendorSees = (await search(admin, en(`lea ${tag}`))).groups.find((g) => g.id === "portalUsers")!.hits;
    expect(vendorSees.map((hit) => hit.meta)).toEqual([`North ${tag} Distribution · Deactivated`]);
  });

  it("a plain partner user has no team group, and the vendor-side providers refuse partner users", async () => {
    expect(objectGroups(await search(northBuyer, en(tag)))).toEqual([]);
    await rejectsWith(searchOwnTeam(northBuyer, { text: tag, locale: "en", limit: 5 }), "FORBIDDEN");
    const asVendor = northAdmin as unknown as VendorCtx;
    await rejectsWith(searchPartners(asVendor, { text: tag, locale: "en", limit: 5 }), "FORBIDDEN");
    await rejectsWith(searchPortalUsers(asVendor, { text: tag, locale: "en", limit: 5 }), "FORBIDDEN");
    await rejectsWith(searchMembers(asVendor, { text: tag, locale: "en", limit: 5 }), "FORBIDDEN");
  });

  it("every provider is declared for one audience with a permission its roles hold", () => {
    for (const provider of SEARCH_PROVIDERS) expect(["vendor", "partner"]).toContain(provider.audience);
    expect(SEARCH_PROVIDERS.filter((p) => p.audience === "partner").map((p) => p.group)).toEqual(["deals", "registrations", "team", "accounts", "products", "notifications"]);
  });
});

describe("accounts and programs", () => {
  /** Its own word: the groups above were asserted on `tag` alone. */
  const word = `ac${randomBytes(3).toString("hex")}`;
  const ids = { north: "", south: "", direct: "", program: "" };

  beforeAll(async () => {
    ids.north = (await createOwnAccount(northAdmin, accountFieldsSchema.parse({ name: `Harbor ${word} Foods`, website: `harbor-${word}.example` }))).id;
    ids.south = (await createOwnAccount(southAdmin, accountFieldsSchema.parse({ name: `Summit ${word} Retail` }))).id;
    ids.direct = (await createAccount(admin, createAccountSchema.parse({ name: `${word} Direct Corp` }))).id;
    await createAccount(otherAdmin, createAccountSchema.parse({ name: `Foreign ${word} Foods` }));
    ids.program = (await createProgram(admin, { name: `Reseller ${word}`, description: null, activation: "AUTOMATIC" })).id;
    await createProgram(otherAdmin, { name: `Reseller ${word}`, description: null, activation: "MANUAL" });
    await enrolPartner(admin, { partnerId: northAdmin.partnerId, programId: ids.program });
  });

  it("a vendor user finds every account of the tenant, with its owner, beginnings first; never another tenant's", async () => {
    const result = await search(rep, en(word));
    const accounts = result.groups.find((g) => g.id === "accounts")!;
    expect(accounts.hits.map((hit) => hit.title)).toEqual([`${word} Direct Corp`, `Harbor ${word} Foods`, `Summit ${word} Retail`]);
    expect(accounts.hits[0]).toMatchObject({ id: ids.direct, detail: "Direct", meta: null, href: `/${admin.tenant.slug}/admin/accounts/${ids.direct}` });
    expect(accounts.hits[1]).toMatchObject({ detail: `North ${tag} Distribution · harbor-${word}.example` });
    expect(accounts.moreHref).toBe(`/${admin.tenant.slug}/admin/accounts?q=${word}`);
    const spanish = await search(admin, { q: `${word} direct`, locale: "es" });
    expect(spanish.groups.find((g) => g.id === "accounts")!.hits[0]).toMatchObject({ detail: "Directa" });
    expect(titles(await search(otherAdmin, en(word)), "accounts")).toEqual([`Foreign ${word} Foods`]);
  });

  it("a partner's users find their own partner's accounts only: never another partner's or the vendor's direct ones", async () => {
    const north = await search(northBuyer, en(word));
    expect(objectGroups(north)).toEqual(["accounts"]);
    expect(north.groups[0]!.hits).toEqual([
      {
        id: ids.north,
        title: `Harbor ${word} Foods`,
        detail: `harbor-${word}.example`,
        meta: null,
        href: `/${admin.tenant.slug}/portal/accounts/${ids.north}`,
      },
    ]);
    expect(north.groups[0]!.moreHref).toBe(`/${admin.tenant.slug}/portal/accounts?q=${word}`);
    expect(titles(await search(southAdmin, en(word)), "accounts")).toEqual([`Summit ${word} Retail`]);
    // The provider applies the partner's scope itself, whatever text it is given.
    const direct = await searchOwnAccounts(northAdmin, { text: "direct corp", locale: "en", limit: 5 });
    expect(direct.hits).toEqual([]);
  });

  it("a vendor user finds the tenant's programs with their activation and enrolled partners; partners search no programs", async () => {
    const found = await search(admin, en(`reseller ${word}`));
    expect(found.groups.find((g) => g.id === "programs")!.hits).toEqual([
      {
        id: ids.program,
        title: `Reseller ${word}`,
        detail: "Activation: Automatic when the checklist is complete",
        meta: "1 partner",
        href: `/${admin.tenant.slug}/admin/programs/${ids.program}`,
      },
    ]);
    const spanish = await search(manager, { q: `reseller ${word}`, locale: "es" });
    expect(spanish.groups.find((g) => g.id === "programs")!.hits[0]).toMatchObject({ meta: "1 socio", detail: "Activación: Automática al completar la lista" });
    expect((await search(otherAdmin, en(`reseller ${word}`))).groups.find((g) => g.id === "programs")!.hits[0]!.meta).toBe("no partners");
    expect(groupIds(await search(northAdmin, en(`reseller ${word}`)))).not.toContain("programs");
  });

  it("the providers refuse the other audience, whoever calls them", async () => {
    const request = { text: word, locale: "en" as const, limit: 5 };
    await rejectsWith(searchAccounts(northAdmin as unknown as VendorCtx, request), "FORBIDDEN");
    await rejectsWith(searchPrograms(northAdmin as unknown as VendorCtx, request), "FORBIDDEN");
    await rejectsWith(searchOwnAccounts(admin as unknown as PartnerCtx, request), "FORBIDDEN");
  });
});

describe("notifications", () => {
  it("finds the reader's own notifications by the words they read, in their language", async () => {
    await createPartner(admin, { name: `Gamma ${tag} Retail`, type: "RETAILER", country: null });
    await expandAllEvents();
    // The channel manager was told; the admin created it (actors are not notified).
    const english = await search(manager, en(`gamma ${tag}`));
    expect(english.groups.find((g) => g.id === "notifications")!.hits).toEqual([
      expect.objectContaining({ title: `New partner: Gamma ${tag} Retail`, href: expect.stringMatching(/\/admin\/partners\/\w+_/) }),
    ]);
    // The manager was told of every partner of this file: only Gamma's has both words.
    const spanish = await search(manager, { q: `gamma ${tag} añadido`, locale: "es" });
    expect(titles(spanish, "notifications")).toEqual([`Nuevo socio: Gamma ${tag} Retail`]);
    // Accents are optional in what one types: "anadido" finds "añadido".
    expect(titles(await search(manager, { q: `anadido gamma ${tag}`, locale: "es" }), "notifications")).toHaveLength(1);

    expect(titles(await search(admin, en(`gamma ${tag}`)), "notifications")).toEqual([]);
    expect(titles(await search(otherAdmin, en(`gamma ${tag}`)), "notifications")).toEqual([]);
    // The provider reads the caller's own rows only, whatever it is given.
    const direct = await searchNotifications(rep, { text: `gamma ${tag}`, locale: "en", limit: 5 });
    expect(direct.hits).toEqual([]);
  });
});

describe("typed text is taken literally", () => {
  let tenant: VendorCtx;
  beforeAll(async () => {
    tenant = await createTestTenant();
    for (const name of ["Alpha Co", "100% Beta", "a_b Gamma", "back\\slash Delta", "Plain Epsilon"]) {
      await createPartner(tenant, { name, type: "VAR", country: null });
    }
  });

  it.each([
    ["0%", ["100% Beta"]],
    ["%%", []],
    ["a_b", ["a_b Gamma"]],
    ["_b", ["a_b Gamma"]],
    ["k\\s", ["back\\slash Delta"]],
    ["\\\\", []],
  ])("%j matches only itself", async (q, expected) => {
    expect(titles(await search(tenant, en(q)), "partners")).toEqual(expected);
  });

  it("the partner list's filter takes wildcards literally too", async () => {
    expect((await listPartners(tenant, { page: 1, q: "%" })).rows.map((p) => p.name)).toEqual(["100% Beta"]);
    expect((await listPartners(tenant, { page: 1, q: "_" })).rows.map((p) => p.name)).toEqual(["a_b Gamma"]);
  });

  it("drops NUL and invisible characters instead of failing, and ignores text too short to search", async () => {
    expect(titles(await search(tenant, en("Eps\u0000il\u200Bon")), "partners")).toEqual(["Plain Epsilon"]);
    expect(await search(tenant, en(" e\u0000 "))).toEqual({ query: "e", groups: [], failed: [] });
    expect(normalizeSearchText(`a\tb\n  c${"x".repeat(200)}`)).toHaveLength(100);
    expect(normalizeSearchText("😀".repeat(150))).toBe("😀".repeat(100));
  });

  it("returns markup as the text it is (the palette renders text, never HTML)", async () => {
    await createPartner(tenant, { name: `<img src=x onerror=alert(1)> ${tag}`, type: "VAR", country: null });
    expect(titles(await search(tenant, en("<img src")), "partners")).toEqual([`<img src=x onerror=alert(1)> ${tag}`]);
  });
});

describe("a provider that fails", () => {
  it("leaves its group out, names it in `failed` and keeps the other groups", async () => {
    const broken: SearchProvider = {
      group: "members",
      audience: "vendor",
      permission: "users.read",
      search: async () => {
        throw new Error("boom");
      },
    };
    const providers = SEARCH_PROVIDERS.map((p) => (p.group === "members" && p.audience === "vendor" ? broken : p));
    const result = await search(admin, en(tag), providers);
    expect(result.failed).toEqual(["members"]);
    expect(groupIds(result)).toEqual(expect.arrayContaining(["partners", "portalUsers"]));
  });
});

describe("indexes", () => {
  it("name and e-mail searches can use the trigram indexes", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL });
    await client.connect();
    try {
      await client.query("BEGIN");
      // Tiny test tables would be scanned anyway; forbid that to see which index serves the pattern.
      await client.query("SET LOCAL enable_seqscan = off");
      const plan = async (sql: string) =>
        (await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql}`)).rows.map((r) => r["QUERY PLAN"]).join("\n");
      expect(await plan(`SELECT id FROM "Partner" WHERE name ILIKE '%orthwi%'`)).toContain("Partner_name_trgm_idx");
      expect(await plan(`SELECT id FROM "User" WHERE name ILIKE 'nor%'`)).toContain("User_name_trgm_idx");
      expect(await plan(`SELECT id FROM "User" WHERE email ILIKE '%@northwind%'`)).toContain("User_email_trgm_idx");
    } finally {
      await client.query("ROLLBACK");
      await client.end();
    }
  });
});
