import "server-only";
import type { Viewer } from "@/lib/auth/context";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { FilePurpose } from "./purposes";
import { FILE_SELECT, toFileInfo } from "./rows";
import { visibleFiles } from "./scope";
import type { FileInfo } from "./types";

/**
 * Takes an uploaded file into use inside the caller's transaction (a logo saved, a
 * document filed), after the caller's own `authorize`: the file must be visible to the
 * reader, of the expected purpose and — for partner files — of the expected partner, or
 * the answer is a validation error on `field` (the form's file field), whoever's file it
 * is. Claimed files are never removed by the pruning of abandoned uploads.
 */
export async function claimFile(
  tx: Tx,
  viewer: Viewer,
  input: { fileId: string; purpose: FilePurpose; partnerId?: string | null; field?: string },
): Promise<FileInfo> {
  const row = await tx.fileObject.findFirst({
    where: {
      AND: [visibleFiles(viewer), { id: input.fileId, purpose: input.purpose, partnerId: input.partnerId ?? null }],
    },
    select: { ...FILE_SELECT, claimedAt: true },
  });
  if (!row)
    throw new AppError("VALIDATION_FAILED", {
      fields: { [input.field ?? "fileId"]: ["files.validation.unknownFile"] },
    });
  if (!row.claimedAt) {
    await tx.fileObject.update({
      where: { tenantId_id: { tenantId: viewer.tenantId, id: row.id } },
      data: { claimedAt: new Date() },
    });
  }
  return toFileInfo(row);
}
