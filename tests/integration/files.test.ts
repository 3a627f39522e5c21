/**
 * The files module (lib/files) on real PostgreSQL with the default storage: types come from
 * the content, the size cap holds while streaming, names are the server's, and a file is
 * read only by those who may — another tenant's or another partner's id is a 404, on the
 * service and in row-level security. Uploads and deletions are audited.
 */
import { createHash } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { pruneUnclaimedFiles } from "@/lib/files/prune";
import { FILE_CHUNK_BYTES } from "@/lib/files/storage/postgres";
import { updateBrand } from "@/lib/branding/service";
import {
  deletePartnerFile,
  deleteVendorFile,
  openPartnerFile,
  openVendorFile,
  uploadPartnerFile,
  uploadVendorFile,
  type UploadInput,
} from "@/lib/files/service";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith as expectAppError } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { HTML, SVG, bodyOf, endlessBody, pdf, png, readAll } from "@/tests/fixtures/files";

type World = { admin: VendorCtx; rep: VendorCtx; p1: PartnerCtx; p1user: PartnerCtx; p2: PartnerCtx };
let A: World;
let B: World;

async function world(): Promise<World> {
  const admin = await createTestTenant();
  const [rep, p1, p2] = await Promise.all([
    addVendorUser(admin, "SALES_REP"),
    createPartnerWithUser(admin, "PARTNER_ADMIN"),
    createPartnerWithUser(admin, "PARTNER_ADMIN"),
  ]);
  const p1user = await createPartnerWithUser(admin, "PARTNER_USER", { partnerId: p1.partnerId });
  return { admin, rep, p1, p1user, p2 };
}

const input = (bytes: Buffer, rest: Partial<UploadInput> = {}): UploadInput => ({
  purpose: "partner.document",
  name: "document.pdf",
  declaredSize: bytes.length,
  body: bodyOf(bytes),
  ...rest,
});

beforeAll(async () => {
  [A, B] = await Promise.all([world(), world()]);
});

describe("upload: the content decides", () => {
  it("stores a PNG logo with the detected type, its size and SHA-256, under a server-made key", async () => {
    const bytes = png(300, 200);
    const file = await uploadVendorFile(
      A.admin,
      input(bytes, { purpose: "tenant.logo", name: "../../etc/passwd\u202egnp.png" }),
    );
    expect(file).toMatchObject({
      purpose: "tenant.logo",
      contentType: "image/png",
      size: bytes.length,
      partnerId: null,
      inline: true,
    });
    expect(file.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(file.name).toBe("passwdgnp.png");
    const [row] = await ownerQuery<{ storageKey: string; storage: string; uploadedById: string }>(
      `SELECT "storageKey", storage, "uploadedById" FROM "FileObject" WHERE id = $1`,
      [file.id],
    );
    expect(row).toEqual({
      storageKey: `${A.admin.tenantId}/${file.id}`,
      storage: "postgres",
      uploadedById: A.admin.user.id,
    });
  });

  it.each([
    ["a PDF", pdf()],
    ["HTML", HTML],
    ["SVG (it can carry script)", SVG],
  ])("refuses %s named .png for a logo", async (_what, bytes) => {
    await expectAppError(
      uploadVendorFile(A.admin, input(bytes, { purpose: "tenant.logo", name: "logo.png" })),
      "FILE_TYPE_REFUSED",
    );
  });

  it("refuses HTML and SVG as partner documents too, and an empty file", async () => {
    await expectAppError(uploadPartnerFile(A.p1, input(HTML, { name: "contract.pdf" })), "FILE_TYPE_REFUSED");
    await expectAppError(uploadPartnerFile(A.p1, input(SVG, { name: "scan.png" })), "FILE_TYPE_REFUSED");
    await expectAppError(uploadPartnerFile(A.p1, input(Buffer.alloc(0))), "FILE_EMPTY");
  });

  it("names the file after its content: a PDF called report.exe is report.exe.pdf", async () => {
    const file = await uploadPartnerFile(A.p1, input(pdf(), { name: "C:\\Users\\me\\report.exe" }));
    expect(file).toMatchObject({
      name: "report.exe.pdf",
      contentType: "application/pdf",
      inline: false,
      partnerId: A.p1.partnerId,
    });
  });
});

describe("upload: size cap while streaming", () => {
  it("stops reading an endless body just past the purpose's limit (1 MiB for a logo) and cancels it", async () => {
    const endless = endlessBody();
    await expectAppError(
      uploadVendorFile(A.admin, { purpose: "tenant.logo", name: "huge.png", declaredSize: null, body: endless.body }),
      "FILE_TOO_LARGE",
    );
    expect(endless.pulled()).toBeLessThanOrEqual(1024 * 1024 + 2 * 64 * 1024);
    expect(endless.cancelled()).toBe(true);
  });

  it("refuses a declared size over the limit without reading any of the body", async () => {
    const endless = endlessBody();
    await expectAppError(
      uploadVendorFile(A.admin, {
        purpose: "tenant.logo",
        name: "huge.png",
        declaredSize: 50 * 1024 * 1024,
        body: endless.body,
      }),
      "FILE_TOO_LARGE",
    );
    expect(endless.pulled()).toBe(0);
  });

  it("refuses a body shorter than its Content-Length (cut off on the way)", async () => {
    const bytes = pdf();
    await expectAppError(uploadPartnerFile(A.p1, input(bytes, { declaredSize: bytes.length + 10 })), "BAD_REQUEST");
  });

  it("stores a multi-chunk file and reads back exactly its bytes", async () => {
    const bytes = Buffer.concat([pdf(), Buffer.alloc(FILE_CHUNK_BYTES * 2 + 123, 7)]);
    const file = await uploadVendorFile(A.admin, input(bytes, { partnerId: A.p1.partnerId }));
    const [{ n }] = (await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "FileChunk" WHERE "fileId" = $1`, [
      file.id,
    ])) as [{ n: number }];
    expect(n).toBe(3);
    const download = await openPartnerFile(A.p1user, file.id);
    expect((await readAll(await download.open())).equals(bytes)).toBe(true);
  });
});

describe("who may upload", () => {
  it("a partner cannot upload the tenant's logo; a sales rep cannot upload at all", async () => {
    await expectAppError(uploadPartnerFile(A.p1, input(png(), { purpose: "tenant.logo" })), "FORBIDDEN");
    await expectAppError(uploadVendorFile(A.rep, input(png(), { purpose: "tenant.logo" })), "FORBIDDEN");
  });

  it("an unknown purpose is a validation error; a vendor must name the partner, of its own tenant", async () => {
    await expectAppError(uploadVendorFile(A.admin, input(png(), { purpose: "avatar" })), "VALIDATION_FAILED");
    await expectAppError(uploadVendorFile(A.admin, input(pdf())), "VALIDATION_FAILED");
    await expectAppError(uploadVendorFile(A.admin, input(pdf(), { partnerId: B.p1.partnerId })), "NOT_FOUND");
  });

  it("a partner's upload is its own partner's, whatever partner id it sends", async () => {
    const file = await uploadPartnerFile(A.p1, input(pdf(), { partnerId: A.p2.partnerId }));
    expect(file.partnerId).toBe(A.p1.partnerId);
  });
});

describe("who may read", () => {
  let logoId: string;
  let p1Doc: string;

  beforeAll(async () => {
    logoId = (await uploadVendorFile(A.admin, input(png(), { purpose: "tenant.logo", name: "logo.png" }))).id;
    p1Doc = (await uploadPartnerFile(A.p1, input(pdf()))).id;
  });

  it("another tenant's file is a 404 on both sides", async () => {
    await expectAppError(openVendorFile(B.admin, logoId), "NOT_FOUND");
    await expectAppError(openVendorFile(B.admin, p1Doc), "NOT_FOUND");
    await expectAppError(openPartnerFile(B.p1, logoId), "NOT_FOUND");
  });

  it("another partner's file is a 404; the tenant's shared logo is readable by every partner", async () => {
    await expectAppError(openPartnerFile(A.p2, p1Doc), "NOT_FOUND");
    expect((await openPartnerFile(A.p1user, p1Doc)).file.id).toBe(p1Doc);
    expect((await openPartnerFile(A.p2, logoId)).file.contentType).toBe("image/png");
    expect((await openVendorFile(A.rep, p1Doc)).file.partnerId).toBe(A.p1.partnerId);
  });

  it("a partner cannot delete another partner's file or the logo; a partner user cannot delete at all", async () => {
    await expectAppError(deletePartnerFile(A.p2, p1Doc), "NOT_FOUND");
    await expectAppError(deletePartnerFile(A.p1, logoId), "FORBIDDEN");
    await expectAppError(deletePartnerFile(A.p1user, p1Doc), "FORBIDDEN");
    await expectAppError(deleteVendorFile(B.admin, p1Doc), "NOT_FOUND");
  });
});

describe("deletion", () => {
  it("removes the row and its chunks and is audited with what was deleted", async () => {
    const file = await uploadPartnerFile(A.p1, input(pdf(), { name: "w9.pdf" }));
    await deletePartnerFile(A.p1, file.id);
    expect(await ownerQuery(`SELECT 1 FROM "FileObject" WHERE id = $1`, [file.id])).toEqual([]);
    expect(await ownerQuery(`SELECT 1 FROM "FileChunk" WHERE "fileId" = $1`, [file.id])).toEqual([]);
    const audit = await ownerQuery<{ action: string; actorUserId: string; before: Record<string, unknown> }>(
      `SELECT action, "actorUserId", before FROM "AuditLog" WHERE "entityId" = $1 ORDER BY "createdAt"`,
      [file.id],
    );
    expect(audit.map((a) => a.action)).toEqual(["file.uploaded", "file.deleted"]);
    expect(audit[1]).toMatchObject({
      actorUserId: A.p1.user.id,
      before: { name: "w9.pdf", purpose: "partner.document", partnerId: A.p1.partnerId },
    });
  });
});

describe("row-level security (the second wall)", () => {
  let app: pg.Client;
  let p1Doc: string;
  let logoId: string;

  beforeAll(async () => {
    app = new pg.Client({ connectionString: process.env.DATABASE_APP_URL });
    await app.connect();
    p1Doc = (await uploadPartnerFile(A.p1, input(pdf()))).id;
    logoId = (await uploadVendorFile(A.admin, input(png(), { purpose: "tenant.logo" }))).id;
  });
  afterAll(async () => {
    await app.end();
  });

  async function as<T>(settings: Record<string, string>, fn: () => Promise<T>): Promise<T> {
    await app.query("BEGIN");
    try {
      for (const [key, value] of Object.entries(settings))
        await app.query(`SELECT set_config($1, $2, true)`, [`app.${key}`, value]);
      return await fn();
    } finally {
      await app.query("ROLLBACK");
    }
  }
  const ids = async (table: string, column = "id") =>
    (await app.query<{ id: string }>(`SELECT DISTINCT "${column}" AS id FROM "${table}"`)).rows.map((r) => r.id);

  it("without settings, files and chunks read as empty", async () => {
    expect(await ids("FileObject")).toEqual([]);
    expect(await ids("FileChunk", "fileId")).toEqual([]);
  });

  it("another partner sees neither the row nor the bytes of a partner's file, but sees the shared logo", async () => {
    await as(
      { audience: "partner", tenant_id: A.p2.tenantId, user_id: A.p2.user.id, partner_id: A.p2.partnerId },
      async () => {
        const files = await ids("FileObject");
        expect(files).not.toContain(p1Doc);
        expect(files).toContain(logoId);
        const chunks = await ids("FileChunk", "fileId");
        expect(chunks).not.toContain(p1Doc);
        expect(chunks).toContain(logoId);
        // …and cannot write a file for another partner, nor a shared one.
        await expect(
          app.query(
            `INSERT INTO "FileObject" (id, "tenantId", "partnerId", purpose, "originalName", storage, "storageKey", "contentType", size, sha256)
           VALUES ('fil_rls', $1, $2, 'partner.document', 'x.pdf', 'postgres', 'k', 'application/pdf', 1, repeat('0', 64))`,
            [A.p2.tenantId, A.p1.partnerId],
          ),
        ).rejects.toMatchObject({ code: "42501" });
      },
    );
  });

  it("the owning partner and the vendor see the partner's file; another tenant sees nothing of it", async () => {
    await as(
      { audience: "partner", tenant_id: A.p1.tenantId, user_id: A.p1user.user.id, partner_id: A.p1.partnerId },
      async () => {
        expect(await ids("FileObject")).toContain(p1Doc);
      },
    );
    await as({ audience: "vendor", tenant_id: A.admin.tenantId, user_id: A.admin.user.id }, async () => {
      expect(await ids("FileChunk", "fileId")).toContain(p1Doc);
    });
    await as({ audience: "vendor", tenant_id: B.admin.tenantId, user_id: B.admin.user.id }, async () => {
      expect(await ids("FileObject")).not.toContain(p1Doc);
      expect(await ids("FileChunk", "fileId")).not.toContain(p1Doc);
    });
  });
});

describe("abandoned uploads", () => {
  it("a day later, uploads nobody claimed are deleted (audited as Canal's own), claimed and recent ones stay", async () => {
    const abandoned = await uploadVendorFile(A.admin, input(png(), { purpose: "tenant.logo" }));
    const kept = await uploadVendorFile(A.admin, input(png(), { purpose: "tenant.logo" }));
    await updateBrand(A.admin, { brandColor: null, logoFileId: kept.id });
    const recent = await uploadVendorFile(A.admin, input(png(), { purpose: "tenant.logo" }));
    // Two of them were uploaded "two days ago" (other test files' fresh uploads stay untouched).
    await ownerQuery(`UPDATE "FileObject" SET "createdAt" = now() - interval '2 days' WHERE id = ANY($1)`, [
      [abandoned.id, kept.id],
    ]);

    expect(await pruneUnclaimedFiles()).toBeGreaterThanOrEqual(1);
    const left = await ownerQuery<{ id: string }>(`SELECT id FROM "FileObject" WHERE id = ANY($1) ORDER BY id`, [
      [abandoned.id, kept.id, recent.id],
    ]);
    expect(left.map((r) => r.id)).toEqual([kept.id, recent.id].sort());
    expect(
      await ownerQuery(`SELECT "actorUserId" FROM "AuditLog" WHERE "entityId" = $1 AND action = 'file.deleted'`, [
        abandoned.id,
      ]),
    ).toEqual([{ actorUserId: null }]);
  });
});
