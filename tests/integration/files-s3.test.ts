/**
 * The S3 storage driver against a local S3-speaking server (tests/fixtures/s3-server.ts:
 * Signature V4 checked, payload hash checked, S3's XML errors), and the files service
 * with FILE_STORAGE=s3: bytes go to the bucket under the server-made key, the row records
 * where they are, downloads stream from the bucket, deletion removes the object.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { S3Error, s3Storage } from "@/lib/files/storage/s3";
import { S3_TEST_KEY, TestS3Server } from "@/tests/fixtures/s3-server";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { bodyOf, pdf, png, readAll } from "@/tests/fixtures/files";

let s3: TestS3Server;

beforeAll(async () => {
  s3 = await TestS3Server.start(["canal-files"]);
  // Read by lib/env.ts on first use, which comes after this (each test file is its own process).
  Object.assign(process.env, {
    FILE_STORAGE: "s3",
    S3_ENDPOINT: s3.endpoint,
    S3_REGION: "eu-west-1",
    S3_BUCKET: "canal-files",
    S3_ACCESS_KEY_ID: S3_TEST_KEY.accessKeyId,
    S3_SECRET_ACCESS_KEY: S3_TEST_KEY.secretAccessKey,
  });
});
afterAll(async () => {
  await s3.stop();
});

const settings = () => ({
  endpoint: s3.endpoint,
  region: "eu-west-1",
  bucket: "canal-files",
  ...S3_TEST_KEY,
  forcePathStyle: true,
});
const object = (key: string, bytes: Buffer) => ({
  tenantId: "ten_x",
  fileId: "fil_x",
  storageKey: key,
  size: bytes.length,
  contentType: "image/png",
});

describe("S3 driver", () => {
  it("puts, reads back and deletes an object with signed requests", async () => {
    const storage = s3Storage(settings());
    const bytes = png(64, 64);
    const stored = object("ten_x/fil_put", bytes);
    await storage.save(stored, bytes, null);
    expect(s3.objects.get("canal-files/ten_x/fil_put")).toMatchObject({ contentType: "image/png" });
    expect((await readAll(await storage.open({ audience: "anonymous" }, stored))).equals(bytes)).toBe(true);
    await storage.remove(stored);
    expect(s3.objects.has("canal-files/ten_x/fil_put")).toBe(false);
    // Removing again is fine (already gone); reading a missing object is S3's NoSuchKey.
    await storage.remove(stored);
    await expect(storage.open({ audience: "anonymous" }, stored)).rejects.toMatchObject({
      status: 404,
      s3Code: "NoSuchKey",
    });
  });

  it("a wrong secret is refused by the store (the signature is really checked)", async () => {
    const storage = s3Storage({ ...settings(), secretAccessKey: "not-the-secret" });
    const bytes = png();
    const error = await storage.save(object("ten_x/fil_bad", bytes), bytes, null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(S3Error);
    expect(error).toMatchObject({ status: 403, s3Code: "SignatureDoesNotMatch" });
    expect(s3.objects.has("canal-files/ten_x/fil_bad")).toBe(false);
  });
});

describe("files service on S3", () => {
  let admin: VendorCtx;
  let p1: PartnerCtx;
  let p2: PartnerCtx;

  beforeAll(async () => {
    admin = await createTestTenant();
    [p1, p2] = await Promise.all([
      createPartnerWithUser(admin, "PARTNER_ADMIN"),
      createPartnerWithUser(admin, "PARTNER_ADMIN"),
    ]);
  });

  it("stores the bytes in the bucket (no chunks), serves them to the owner, 404 to another partner, and deletes the object", async () => {
    const { uploadPartnerFile, openPartnerFile, deletePartnerFile } = await import("@/lib/files/service");
    const bytes = pdf();
    const file = await uploadPartnerFile(p1, {
      purpose: "partner.document",
      name: "agreement.pdf",
      declaredSize: bytes.length,
      body: bodyOf(bytes),
    });
    const key = `canal-files/${admin.tenantId}/${file.id}`;
    expect(s3.objects.get(key)?.body.equals(bytes)).toBe(true);
    expect(await ownerQuery(`SELECT storage FROM "FileObject" WHERE id = $1`, [file.id])).toEqual([{ storage: "s3" }]);
    expect(await ownerQuery(`SELECT 1 FROM "FileChunk" WHERE "fileId" = $1`, [file.id])).toEqual([]);

    expect((await readAll(await (await openPartnerFile(p1, file.id)).open())).equals(bytes)).toBe(true);
    await rejectsWith(openPartnerFile(p2, file.id), "NOT_FOUND");

    await deletePartnerFile(p1, file.id);
    expect(s3.objects.has(key)).toBe(false);
  });

  it("a refused upload leaves nothing in the bucket", async () => {
    const { uploadVendorFile } = await import("@/lib/files/service");
    const before = s3.objects.size;
    const bytes = pdf();
    await rejectsWith(
      uploadVendorFile(admin, {
        purpose: "tenant.logo",
        name: "x.png",
        declaredSize: bytes.length,
        body: bodyOf(bytes),
      }),
      "FILE_TYPE_REFUSED",
    );
    expect(s3.objects.size).toBe(before);
  });
});
