import "server-only";
import { authorize, can, scopeOf, type PartnerCtx, type SystemCtx, type VendorCtx } from "@/lib/auth/context";
import type { Permission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/service";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { loggerFor } from "@/lib/log";
import { detectContentType } from "./detect";
import { cleanFileName } from "./names";
import { MAX_UPLOAD_BYTES, purposeRule, type FilePurposeRule } from "./purposes";
import { readCapped, tooLarge } from "./read-body";
import { visibleFiles } from "./scope";
import { storageOf, uploadStorage, type StoredObject } from "./storage";
import { releaseFile, removeReleasedBytes } from "./release";
import { FILE_SELECT, toFileInfo } from "./rows";
import type { FileInfo } from "./types";

/** What an upload route hands over: the purpose and name from the query, the raw body. */
export type UploadInput = {
  purpose: string;
  /** The name the browser gave (display only). */
  name?: string | null | undefined;
  /** A vendor uploading a partner's file names the partner (re-checked in the tenant). */
  partnerId?: string | null | undefined;
  /** Content-Length, when the client sent one: refused before reading if already too large. */
  declaredSize?: number | null | undefined;
  body: ReadableStream<Uint8Array> | null;
};

/** A file ready to be sent: its details and a stream of its bytes (opened on demand). */
export type FileDownload = { file: FileInfo; open: () => Promise<ReadableStream<Uint8Array>> };

type Actor = VendorCtx | PartnerCtx | SystemCtx;

const fieldError = (field: string, key: string) => new AppError("VALIDATION_FAILED", { fields: { [field]: [key] } });

/** The purpose's rule, or a validation error on `purpose`. */
function ruleOf(purpose: string): FilePurposeRule {
  const rule = purposeRule(purpose);
  if (!rule) throw fieldError("purpose", "files.validation.purpose");
  return rule;
}

/** The purpose's own permission for this side: a side the purpose does not name may not. */
function sideAllows(ctx: Actor, permissions: { vendor?: Permission; partner?: Permission }): boolean {
  if (ctx.audience === "system") return true;
  const permission = permissions[ctx.audience];
  return !!permission && can(ctx, permission);
}

/** Which partner owns the new file: the session's for a partner, the named one (of this tenant) for the vendor. */
async function ownerOf(
  ctx: Actor,
  rule: FilePurposeRule,
  partnerId: string | null | undefined,
): Promise<string | null> {
  if (rule.owner === "tenant") return null;
  if (ctx.audience === "partner") return ctx.partnerId;
  if (!partnerId) throw fieldError("partnerId", "validation.required");
  const partner = await withScope(scopeOf(ctx), (tx) =>
    tx.partner.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: partnerId } }, select: { id: true } }),
  );
  if (!partner) throw new AppError("NOT_FOUND");
  return partner.id;
}

async function store(ctx: Actor, input: UploadInput): Promise<FileInfo> {
  const rule = ruleOf(input.purpose);
  if (!sideAllows(ctx, rule.upload)) throw new AppError("FORBIDDEN");
  const partnerId = await ownerOf(ctx, rule, input.partnerId);
  const maxBytes = Math.min(rule.maxBytes, MAX_UPLOAD_BYTES);
  if (input.declaredSize != null && input.declaredSize > maxBytes) throw tooLarge(maxBytes);

  const body = await readCapped(input.body, maxBytes);
  if (body.size === 0) throw new AppError("FILE_EMPTY");
  // A body shorter than announced was cut off on the way: never store half a file.
  if (input.declaredSize != null && input.declaredSize !== body.size) throw new AppError("BAD_REQUEST");
  const contentType = await detectContentType(body.bytes);
  if (!contentType || !(rule.types as readonly string[]).includes(contentType)) {
    throw new AppError("FILE_TYPE_REFUSED", {
      params: { types: rule.types.map((t) => t.split("/")[1]!.toUpperCase()).join(", ") },
    });
  }

  const id = createId("file");
  const storage = uploadStorage();
  const object: StoredObject = {
    tenantId: ctx.tenantId,
    fileId: id,
    storageKey: `${ctx.tenantId}/${id}`,
    size: body.size,
    contentType,
  };
  const name = cleanFileName(input.name, contentType);
  if (storage.savesOutsideTransaction) await storage.save(object, body.bytes, null);
  try {
    return await withScope(scopeOf(ctx), async (tx) => {
      const row = await tx.fileObject.create({
        data: {
          id,
          tenantId: ctx.tenantId,
          partnerId,
          purpose: input.purpose,
          sharedWithPartners: rule.sharedWithPartners,
          originalName: name,
          storage: storage.kind,
          storageKey: object.storageKey,
          contentType,
          size: body.size,
          sha256: body.sha256,
          uploadedById: ctx.user?.id ?? null,
        },
        select: FILE_SELECT,
      });
      if (!storage.savesOutsideTransaction) await storage.save(object, body.bytes, tx);
      await recordAudit(tx, ctx, {
        action: "file.uploaded",
        entityType: "FileObject",
        entityId: id,
        after: { purpose: input.purpose, name, contentType, size: body.size, sha256: body.sha256, partnerId },
      });
      return toFileInfo(row);
    });
  } catch (error) {
    if (storage.savesOutsideTransaction) {
      await storage
        .discard(object)
        .catch((err: unknown) => loggerFor(ctx).warn({ err, fileId: id }, "file bytes left behind"));
    }
    throw error;
  }
}

/** A back-office upload (route /[tenant]/admin/files). */
export async function uploadVendorFile(ctx: VendorCtx, input: UploadInput): Promise<FileInfo> {
  authorize(ctx, "files.upload");
  return store(ctx, input);
}

/** A portal upload (route /[tenant]/portal/files): always the session's own partner's file. */
export async function uploadPartnerFile(ctx: PartnerCtx, input: UploadInput): Promise<FileInfo> {
  authorize(ctx, "partnerFiles.upload");
  return store(ctx, input);
}

/**
 * A photo of a warranty claim: any partner user who may file claims uploads it, not only
 * those who manage the partner's files (`partnerFiles.upload`).
 */
export async function uploadClaimPhoto(ctx: PartnerCtx, input: Omit<UploadInput, "purpose">): Promise<FileInfo> {
  authorize(ctx, "ownWarranties.manage");
  return store(ctx, { ...input, purpose: "warranty.photo" });
}

/**
 * Co-branded material for a co-op request or proof of performance for a claim: every
 * holder of `ownCoop.manage` (both partner roles) may attach one, not only those who
 * manage the partner's files (`partnerFiles.upload`).
 */
export async function uploadCoopDocument(ctx: PartnerCtx, input: UploadInput): Promise<FileInfo> {
  authorize(ctx, "ownCoop.manage");
  // only the co-op purposes: any other is refused here, whatever the route was sent
  if (input.purpose !== "coop.material" && input.purpose !== "coop.proof") throw fieldError("purpose", "files.validation.purpose");
  return store(ctx, input);
}

/** Canal's own uploads (the demo seed's logos). */
export async function uploadSystemFile(ctx: SystemCtx, input: UploadInput): Promise<FileInfo> {
  return store(ctx, input);
}

/** Loads a file the reader may see (else NOT_FOUND, whoever's it is) and may read by purpose. */
async function readable(ctx: VendorCtx | PartnerCtx, fileId: string): Promise<FileDownload> {
  const row = await withScope(scopeOf(ctx), (tx) =>
    tx.fileObject.findFirst({
      where: { AND: [visibleFiles(ctx), { id: fileId }] },
      select: { ...FILE_SELECT, storage: true, storageKey: true },
    }),
  );
  if (!row || !sideAllows(ctx, ruleOf(row.purpose).read)) throw new AppError("NOT_FOUND");
  const object: StoredObject = {
    tenantId: ctx.tenantId,
    fileId: row.id,
    storageKey: row.storageKey,
    size: row.size,
    contentType: row.contentType,
  };
  return { file: toFileInfo(row), open: () => storageOf(row.storage).open(scopeOf(ctx), object) };
}

/** A file for the back office's download route. */
export async function openVendorFile(ctx: VendorCtx, fileId: string): Promise<FileDownload> {
  authorize(ctx, "files.read");
  return readable(ctx, fileId);
}

/** A file for the portal's download route: the partner's own, or shared with every partner. */
export async function openPartnerFile(ctx: PartnerCtx, fileId: string): Promise<FileDownload> {
  authorize(ctx, "partnerFiles.read");
  return readable(ctx, fileId);
}

async function remove(ctx: VendorCtx | PartnerCtx, fileId: string): Promise<void> {
  const released = await withScope(scopeOf(ctx), (tx) =>
    releaseFile(tx, ctx, fileId, (row) => {
      if (!sideAllows(ctx, ruleOf(row.purpose).upload)) throw new AppError("FORBIDDEN");
    }),
  );
  await removeReleasedBytes(ctx, released);
}

/** Deletes a file in the back office (its purpose's upload permission decides). */
export async function deleteVendorFile(ctx: VendorCtx, fileId: string): Promise<void> {
  authorize(ctx, "files.upload");
  await remove(ctx, fileId);
}

/** Deletes one of the partner's own files. */
export async function deletePartnerFile(ctx: PartnerCtx, fileId: string): Promise<void> {
  authorize(ctx, "partnerFiles.upload");
  await remove(ctx, fileId);
}
