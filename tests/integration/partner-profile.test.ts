/**
 * A partner's company profile and contacts (lib/partners/profile.ts, contacts.ts): edited
 * by the vendor and by the partner's admins, optimistic versions (two tabs → one wins, the
 * other is told and nothing changes), one primary contact, another tenant's or partner's
 * ids refused, every change audited.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { withScope } from "@/lib/db/scope";
import {
  createOwnContact,
  createPartnerContact,
  deleteOwnContact,
  deletePartnerContact,
  listOwnContacts,
  listPartnerContacts,
  updateOwnContact,
  updatePartnerContact,
} from "@/lib/partners/contacts";
import { getOwnPartnerProfile, getPartnerProfile, updateOwnPartnerProfile, updatePartnerProfile } from "@/lib/partners/profile";
import { contactSchema, partnerProfileFields, updatePartnerProfileSchema } from "@/lib/partners/profile-schema";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";

let admin: VendorCtx;
let rep: VendorCtx;
let partnerAdmin: PartnerCtx;
let partnerUser: PartnerCtx;
let otherPartner: PartnerCtx;
let otherTenant: VendorCtx;

const EMPTY = {
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
const profile = (over: Record<string, string | number>) => partnerProfileFields.parse({ ...EMPTY, version: 0, ...over });
const contact = (over: Record<string, unknown>) => contactSchema.parse({ role: "", email: "", phone: "", primary: false, ...over });

beforeAll(async () => {
  admin = await createTestTenant();
  rep = await addVendorUser(admin, "SALES_REP");
  partnerAdmin = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: "Profiled Co" });
  partnerUser = await createPartnerWithUser(admin, "PARTNER_USER", { partnerId: partnerAdmin.partnerId });
  otherPartner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
  otherTenant = await createTestTenant();
});

describe("company profile", () => {
  it("is edited by the vendor and the partner's admin in turn, each save on the version it read", async () => {
    expect(await getPartnerProfile(admin, partnerAdmin.partnerId)).toMatchObject({ legalName: null, version: 0 });
    const first = await updatePartnerProfile(admin, {
      ...profile({ legalName: "Profiled Company S.A.", taxId: "B-12345678", website: "profiled.example", phone: "+34 91 123 45 67" }),
      partnerId: partnerAdmin.partnerId,
    });
    expect(first).toMatchObject({ website: "https://profiled.example", version: 1 });
    expect(await getOwnPartnerProfile(partnerUser)).toEqual(first);

    const kept = Object.fromEntries(Object.entries(first).map(([key, value]) => [key, value ?? ""]));
    const second = await updateOwnPartnerProfile(partnerAdmin, profile({ ...kept, industry: "Retail", version: 1 }));
    expect(second).toMatchObject({ industry: "Retail", legalName: "Profiled Company S.A.", version: 2 });

    // A tab still showing version 1 is refused, and nothing changes.
    await rejectsWith(updatePartnerProfile(admin, { ...profile({ legalName: "Stale Ltd", version: 1 }), partnerId: partnerAdmin.partnerId }), "STALE_EDIT");
    expect(await getPartnerProfile(admin, partnerAdmin.partnerId)).toEqual(second);

    const audit = await ownerQuery<{ action: string; actorUserId: string; after: Record<string, string> }>(
      `SELECT action, "actorUserId", after FROM "AuditLog" WHERE "entityId" = $1 AND action = 'partner.profileUpdated' ORDER BY "createdAt"`,
      [partnerAdmin.partnerId],
    );
    expect(audit.map((row) => row.actorUserId)).toEqual([admin.user.id, partnerAdmin.user.id]);
    expect(audit[1]!.after).toEqual({ industry: "Retail" });
  });

  it("lets exactly one of two first saves racing win", async () => {
    const fresh = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const results = await Promise.allSettled([
      updateOwnPartnerProfile(fresh, profile({ legalName: "Tab A" })),
      updatePartnerProfile(admin, { ...profile({ legalName: "Tab B" }), partnerId: fresh.partnerId }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "STALE_EDIT" });
    expect((await getOwnPartnerProfile(fresh)).version).toBe(1);
  });

  it("refuses other roles, other tenants' partners, and bad input", async () => {
    await rejectsWith(updateOwnPartnerProfile(partnerUser, profile({ legalName: "Mine now" })), "FORBIDDEN");
    await rejectsWith(updatePartnerProfile(rep, { ...profile({}), partnerId: partnerAdmin.partnerId }), "FORBIDDEN");
    await rejectsWith(updatePartnerProfile(otherTenant, { ...profile({}), partnerId: partnerAdmin.partnerId }), "NOT_FOUND");
    await rejectsWith(getPartnerProfile(otherTenant, partnerAdmin.partnerId), "NOT_FOUND");
    const bad = updatePartnerProfileSchema.safeParse({ ...EMPTY, partnerId: "p", version: 0, website: "javascript:alert(1)", phone: "call me" });
    expect(bad.success ? [] : bad.error.issues.map((issue) => issue.path.join("."))).toEqual(["website", "phone"]);
    // The partner's own session cannot even read another partner's profile row.
    const rows = await withScope(
      { audience: "partner", tenantId: admin.tenantId, userId: otherPartner.user.id, partnerId: otherPartner.partnerId },
      (tx) => tx.partnerProfile.findMany({ where: { partnerId: partnerAdmin.partnerId }, select: { id: true } }),
    );
    expect(rows).toEqual([]);
  });
});

describe("contacts", () => {
  it("keeps one primary contact, on both sides, with versions and an audit trail", async () => {
    const ana = await createPartnerContact(admin, { ...contact({ name: "Ana Ruiz", role: "Purchasing", primary: true }), partnerId: partnerAdmin.partnerId });
    const ben = await createOwnContact(partnerAdmin, contact({ name: "Ben Ortiz", email: "BEN@profiled.example", primary: "on" }));
    expect(ben).toMatchObject({ email: "ben@profiled.example", primary: true });
    const listed = await listPartnerContacts(admin, partnerAdmin.partnerId);
    expect(listed.map((c) => [c.name, c.primary])).toEqual([
      ["Ben Ortiz", true],
      ["Ana Ruiz", false],
    ]);
    expect(await listOwnContacts(partnerUser)).toEqual(listed);

    // Ana's version moved when she lost the mark: an edit from before is stale.
    await rejectsWith(updatePartnerContact(admin, { ...contact({ name: "Ana R." }), contactId: ana.id, version: ana.version }), "STALE_EDIT");
    const anaNow = listed.find((c) => c.id === ana.id)!;
    const edited = await updateOwnContact(partnerAdmin, { ...contact({ name: "Ana Ruiz", role: "Head of purchasing", primary: true }), contactId: ana.id, version: anaNow.version });
    expect(edited).toMatchObject({ primary: true, version: anaNow.version + 1 });
    expect((await listOwnContacts(partnerAdmin)).filter((c) => c.primary).map((c) => c.id)).toEqual([ana.id]);

    const benNow = (await listOwnContacts(partnerAdmin)).find((c) => c.id === ben.id)!;
    await rejectsWith(deleteOwnContact(partnerAdmin, { contactId: ben.id, version: benNow.version + 1 }), "STALE_EDIT");
    await expect(deletePartnerContact(admin, { contactId: ben.id, version: benNow.version })).resolves.toEqual({ partnerId: partnerAdmin.partnerId });

    const audit = await ownerQuery<{ action: string }>(
      `SELECT action FROM "AuditLog" WHERE "entityId" = ANY($1) ORDER BY "createdAt", action`,
      [[ana.id, ben.id]],
    );
    expect(audit.map((row) => row.action).sort()).toEqual(
      ["partnerContact.created", "partnerContact.created", "partnerContact.deleted", "partnerContact.updated"].sort(),
    );
  });

  it("never reaches another partner's or tenant's contacts", async () => {
    const theirs = await createOwnContact(otherPartner, contact({ name: "Someone Else" }));
    await rejectsWith(updateOwnContact(partnerAdmin, { ...contact({ name: "Hijacked" }), contactId: theirs.id, version: 0 }), "NOT_FOUND");
    await rejectsWith(deleteOwnContact(partnerAdmin, { contactId: theirs.id, version: 0 }), "NOT_FOUND");
    await rejectsWith(updatePartnerContact(otherTenant, { ...contact({ name: "Hijacked" }), contactId: theirs.id, version: 0 }), "NOT_FOUND");
    await rejectsWith(createPartnerContact(otherTenant, { ...contact({ name: "Planted" }), partnerId: otherPartner.partnerId }), "NOT_FOUND");
    await rejectsWith(listPartnerContacts(otherTenant, otherPartner.partnerId), "NOT_FOUND");
    await rejectsWith(createOwnContact(partnerUser, contact({ name: "Not an admin" })), "FORBIDDEN");
    const row = await ownerQuery(`SELECT name, version FROM "PartnerContact" WHERE id = $1`, [theirs.id]);
    expect(row).toEqual([{ name: "Someone Else", version: 0 }]);
  });
});
