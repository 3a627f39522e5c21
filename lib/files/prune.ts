import "server-only";
import { systemCtx } from "@/lib/auth/context";
import { withScope } from "@/lib/db/scope";
import { releaseFile, removeReleasedBytes, type ReleasedFile } from "./release";

/** Uploads that no module claimed within this long are abandoned (a form left unsaved). */
export const UNCLAIMED_FILE_TTL_MS = 24 * 60 * 60 * 1000;
const BATCH = 200;

/**
 * Deletes abandoned uploads: files nobody claimed (lib/files/claim.ts) for a day — a logo
 * uploaded in a form that was never saved. The worker finds them across tenants (its
 * row-level-security policy shows it unclaimed files only); each is deleted as Canal's
 * own action in its tenant, audited, and its object-store bytes removed after commit.
 */
export async function pruneUnclaimedFiles(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - UNCLAIMED_FILE_TTL_MS);
  let deleted = 0;
  for (;;) {
    const stale = await withScope({ audience: "worker" }, (tx) =>
      tx.fileObject.findMany({
        where: { claimedAt: null, createdAt: { lt: before } },
        select: { id: true, tenantId: true },
        orderBy: { createdAt: "asc" },
        take: BATCH,
      }),
    );
    for (const file of stale) {
      const ctx = systemCtx(file.tenantId);
      const released: ReleasedFile | null = await withScope(
        { audience: "system", tenantId: file.tenantId },
        async (tx) => {
          // Claimed meanwhile (the form was saved just now): keep it.
          const still = await tx.fileObject.findFirst({
            where: { tenantId: file.tenantId, id: file.id, claimedAt: null },
            select: { id: true },
          });
          return still ? releaseFile(tx, ctx, file.id) : null;
        },
      );
      if (released) {
        await removeReleasedBytes(ctx, released);
        deleted += 1;
      }
    }
    if (stale.length < BATCH) return deleted;
  }
}
