import "server-only";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { FILE_SELECT, toFileInfo } from "@/lib/files/rows";
import { storageOf } from "@/lib/files/storage";
import type { FileDownload } from "@/lib/files/service";

/**
 * A workspace's current logo for anyone: e-mail clients and public pages fetch it without
 * a session. Only the file the tenant has as its logo right now is served (an old logo's,
 * or any other file's, id is a 404), and only a raster image (the purpose's allow-list).
 */
export async function openPublicLogo(slug: string, fileId: string): Promise<FileDownload> {
  const tenant = await withScope({ audience: "anonymous", tenantSlug: slug }, (tx) =>
    tx.tenant.findUnique({ where: { slug }, select: { id: true, logoFileId: true } }),
  );
  if (!tenant || !tenant.logoFileId || tenant.logoFileId !== fileId) throw new AppError("NOT_FOUND");
  const scope = { audience: "system" as const, tenantId: tenant.id };
  const row = await withScope(scope, (tx) =>
    tx.fileObject.findUnique({
      where: { tenantId_id: { tenantId: tenant.id, id: fileId } },
      select: { ...FILE_SELECT, storage: true, storageKey: true },
    }),
  );
  const file = row && toFileInfo(row);
  if (!row || !file || row.purpose !== "tenant.logo" || !file.inline) throw new AppError("NOT_FOUND");
  const object = {
    tenantId: tenant.id,
    fileId: row.id,
    storageKey: row.storageKey,
    size: row.size,
    contentType: row.contentType,
  };
  return { file, open: () => storageOf(row.storage).open(scope, object) };
}
