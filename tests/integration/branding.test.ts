/**
 * Branding (lib/branding): the brand card's rules on real PostgreSQL — a logo must be a
 * "tenant.logo" upload of the same tenant, replacing or removing it deletes the old file
 * (audited), a logo in use cannot be deleted on its own — and the brand in what partners
 * receive: getTenantBrand for documents, the band and logo link in e-mails.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { openPublicLogo } from "@/lib/branding/logo";
import { getTenantBrand, updateBrand } from "@/lib/branding/service";
import { deleteVendorFile, uploadPartnerFile, uploadVendorFile } from "@/lib/files/service";
import { createPartner, invitePartnerUser } from "@/lib/partners/service";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { createPartnerWithUser, createTestTenant, uniqueEmail } from "@/tests/fixtures/factories";
import { bodyOf, pdf, png, readAll } from "@/tests/fixtures/files";
import { capturedEmails } from "@/tests/fixtures/mailbox";

const APP_URL = process.env.APP_URL ?? "http://localhost:3000";

let admin: VendorCtx;
let other: VendorCtx;
let partner: PartnerCtx;

const logo = (ctx: VendorCtx, bytes = png(40, 20)) =>
  uploadVendorFile(ctx, { purpose: "tenant.logo", name: "logo.png", declaredSize: bytes.length, body: bodyOf(bytes) });

beforeAll(async () => {
  [admin, other] = await Promise.all([createTestTenant(), createTestTenant()]);
  partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
});

describe("updateBrand", () => {
  it("sets colour and logo, claims the upload, and getTenantBrand hands out paths, URLs and readable colours", async () => {
    const file = await logo(admin);
    const brand = await updateBrand(admin, { brandColor: "#facc15", logoFileId: file.id });
    expect(brand).toMatchObject({
      color: "#facc15",
      colors: { background: "#facc15", text: "#111827" },
      logo: { fileId: file.id, name: "logo.png", path: `/${admin.tenant.slug}/brand/logo/${file.id}` },
    });
    expect(brand.logo!.url).toBe(new URL(`/${admin.tenant.slug}/brand/logo/${file.id}`, APP_URL).toString());
    expect(await getTenantBrand({ tenantId: admin.tenantId })).toEqual(brand);
    expect(
      await ownerQuery(`SELECT ("claimedAt" IS NOT NULL) AS claimed FROM "FileObject" WHERE id = $1`, [file.id]),
    ).toEqual([{ claimed: true }]);
    // Every partner of the tenant reads the same brand (documents use this).
    expect((await getTenantBrand(partner)).logo?.fileId).toBe(file.id);
  });

  it("refuses another tenant's upload and a partner document as the logo, changing nothing", async () => {
    const before = await getTenantBrand(admin);
    const foreign = await logo(other);
    const error = await rejectsWith(
      updateBrand(admin, { brandColor: null, logoFileId: foreign.id }),
      "VALIDATION_FAILED",
    );
    expect(error.fields).toEqual({ logoFileId: ["files.validation.unknownFile"] });
    const bytes = pdf();
    const document = await uploadPartnerFile(partner, {
      purpose: "partner.document",
      name: "x.pdf",
      declaredSize: bytes.length,
      body: bodyOf(bytes),
    });
    await rejectsWith(updateBrand(admin, { brandColor: null, logoFileId: document.id }), "VALIDATION_FAILED");
    expect(await getTenantBrand(admin)).toEqual(before);
  });

  it("a logo in use cannot be deleted on its own; replacing it deletes the old file, audited", async () => {
    const first = (await getTenantBrand(admin)).logo!.fileId;
    await rejectsWith(deleteVendorFile(admin, first), "FILE_IN_USE");
    const second = await logo(admin, png(64, 32, "#000000"));
    await updateBrand(admin, { brandColor: "#0f766e", logoFileId: second.id });
    expect(await ownerQuery(`SELECT 1 FROM "FileObject" WHERE id = $1`, [first])).toEqual([]);
    const audit = await ownerQuery<{ action: string; entityId: string }>(
      `SELECT action, "entityId" FROM "AuditLog" WHERE "tenantId" = $1 AND action IN ('file.deleted', 'tenant.brandUpdated') ORDER BY "createdAt"`,
      [admin.tenantId],
    );
    expect(audit).toContainEqual({ action: "file.deleted", entityId: first });
    expect(audit.filter((a) => a.action === "tenant.brandUpdated")).toHaveLength(2);

    // The public logo route serves the current logo only.
    const current = await openPublicLogo(admin.tenant.slug, second.id);
    expect((await readAll(await current.open())).equals(png(64, 32, "#000000"))).toBe(true);
    await rejectsWith(openPublicLogo(admin.tenant.slug, first), "NOT_FOUND");
    await rejectsWith(openPublicLogo(other.tenant.slug, second.id), "NOT_FOUND");
  });

  it("two saves at once both succeed, one after the other: the last logo stays, the others are deleted", async () => {
    const [a, b] = await Promise.all([logo(admin), logo(admin)]);
    await Promise.all([
      updateBrand(admin, { brandColor: null, logoFileId: a.id }),
      updateBrand(admin, { brandColor: null, logoFileId: b.id }),
    ]);
    const current = (await getTenantBrand(admin)).logo!.fileId;
    expect([a.id, b.id]).toContain(current);
    const loser = current === a.id ? b.id : a.id;
    expect(await ownerQuery(`SELECT 1 FROM "FileObject" WHERE id = $1`, [loser])).toEqual([]);
  });

  it("removing the logo clears it and deletes the file", async () => {
    const current = (await getTenantBrand(admin)).logo!.fileId;
    const brand = await updateBrand(admin, { brandColor: "#0f766e", logoFileId: null });
    expect(brand.logo).toBeNull();
    expect(await ownerQuery(`SELECT 1 FROM "FileObject" WHERE id = $1`, [current])).toEqual([]);
  });
});

describe("e-mails carry the brand", () => {
  it("a partner's invitation shows the logo (absolute link), the name on the brand colour and a button in it", async () => {
    const file = await logo(admin);
    await updateBrand(admin, { brandColor: "#7c3aed", logoFileId: file.id });
    const p = await createPartner(admin, { name: `Branded ${Date.now()}`, type: "VAR", country: "ES" });
    const email = uniqueEmail("branded");
    await invitePartnerUser(admin, { partnerId: p.id, email, name: "Bea Branded", role: "PARTNER_ADMIN" });
    const [message] = await capturedEmails({ to: email, take: 1 });
    const logoUrl = new URL(`/${admin.tenant.slug}/brand/logo/${file.id}`, APP_URL).toString();
    expect(message!.html).toContain(`<img src="${logoUrl}" alt="${admin.tenant.name}"`);
    expect(message!.html).toContain("background:#7c3aed;color:#ffffff");
    expect(message!.text.startsWith(admin.tenant.name)).toBe(true);
  });
});
