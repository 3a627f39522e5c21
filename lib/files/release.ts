import "server-only";
import type { PartnerCtx, SystemCtx, VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { isForeignKeyViolation } from "@/lib/db/errors";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { loggerFor } from "@/lib/log";
import { visibleFiles } from "./scope";
import { storageOf, type StoredObject } from "./storage";

/** Bytes to remove once the transaction that deleted their row has committed. */
export type ReleasedFile = { storage: string; object: StoredObject };

/**
 * Deletes a file's row inside the caller's transaction (chunks go with it) and audits
 * it; the caller removes object-store bytes after commit with `removeReleasedBytes`.
 * `check` runs on the loaded row first (e.g. "may this reader delete this purpose?").
 */
export async function releaseFile(
  tx: Tx,
  ctx: VendorCtx | PartnerCtx | SystemCtx,
  fileId: string,
  check: (row: { purpose: string }) => void = () => {},
): Promise<ReleasedFile> {
  const where = ctx.audience === "system" ? { tenantId: ctx.tenantId } : visibleFiles(ctx);
  const row = await tx.fileObject.findFirst({
    where: { AND: [where, { id: fileId }] },
    select: {
      id: true,
      purpose: true,
      originalName: true,
      contentType: true,
      size: true,
      sha256: true,
      partnerId: true,
      storage: true,
      storageKey: true,
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  check(row);
  try {
    await tx.fileObject.delete({ where: { tenantId_id: { tenantId: ctx.tenantId, id: row.id } } });
  } catch (error) {
    // Still referenced (the tenant's current logo): the reference must go first.
    if (isForeignKeyViolation(error)) throw new AppError("FILE_IN_USE");
    throw error;
  }
  await recordAudit(tx, ctx, {
    action: "file.deleted",
    entityType: "FileObject",
    entityId: row.id,
    before: {
      purpose: row.purpose,
      name: row.originalName,
      contentType: row.contentType,
      size: row.size,
      sha256: row.sha256,
      partnerId: row.partnerId,
    },
  });
  return {
    storage: row.storage,
    object: {
      tenantId: ctx.tenantId,
      fileId: row.id,
      storageKey: row.storageKey,
      size: row.size,
      contentType: row.contentType,
    },
  };
}

/** After commit: removes object-store bytes; a failure leaves unreachable bytes, never a broken file. */
export async function removeReleasedBytes(ctx: { requestId: string }, released: ReleasedFile): Promise<void> {
  await storageOf(released.storage)
    .remove(released.object)
    .catch((err: unknown) => loggerFor(ctx).warn({ err, fileId: released.object.fileId }, "file bytes left behind"));
}
