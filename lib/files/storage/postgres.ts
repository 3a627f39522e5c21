import "server-only";
import { withScope, type DbScope, type Tx } from "@/lib/db/scope";
import type { FileStorage, StoredObject } from "./types";

/** Bytes per FileChunk row: a download holds one chunk in memory at a time. */
export const FILE_CHUNK_BYTES = 256 * 1024;

/**
 * The default: bytes in FileChunk rows, written in the same transaction as the file's row
 * (a file exists with all its bytes or not at all) and read back one chunk per short
 * scoped query, so row-level security applies to every read and no transaction stays open
 * while a slow client downloads.
 */
export const postgresStorage: FileStorage = {
  kind: "postgres",
  savesOutsideTransaction: false,

  async save(object: StoredObject, bytes: Buffer, tx: Tx | null) {
    if (!tx) throw new Error("PostgreSQL storage writes inside the file row's transaction");
    const rows = [];
    for (let index = 0, offset = 0; offset < bytes.length; index += 1, offset += FILE_CHUNK_BYTES) {
      rows.push({
        id: `${object.fileId}:${index}`,
        tenantId: object.tenantId,
        fileId: object.fileId,
        index,
        data: new Uint8Array(bytes.subarray(offset, offset + FILE_CHUNK_BYTES)),
      });
    }
    await tx.fileChunk.createMany({ data: rows });
  },

  async discard() {
    // The rolled-back transaction took the chunks with it.
  },

  async open(scope: DbScope, object: StoredObject) {
    const count = Math.ceil(object.size / FILE_CHUNK_BYTES);
    let index = 0;
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (index >= count) {
          controller.close();
          return;
        }
        const chunk = await withScope(scope, (tx) =>
          tx.fileChunk.findUnique({
            where: { tenantId_fileId_index: { tenantId: object.tenantId, fileId: object.fileId, index } },
            select: { data: true },
          }),
        );
        // Deleted while being read, or hidden from this reader: end the response as broken.
        if (!chunk) {
          controller.error(new Error(`file ${object.fileId}: chunk ${index} is missing`));
          return;
        }
        index += 1;
        controller.enqueue(chunk.data);
      },
    });
  },

  async remove() {
    // Chunks are deleted with their file row (foreign key ON DELETE CASCADE).
  },
};
