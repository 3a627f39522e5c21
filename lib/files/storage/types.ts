import type { DbScope, Tx } from "@/lib/db/scope";

/** The stored object a driver works on: its row's keys, never anything from input. */
export type StoredObject = { tenantId: string; fileId: string; storageKey: string; size: number; contentType: string };

/**
 * Where file bytes live. The service writes a file's row and its bytes in one transaction
 * where the driver allows it (PostgreSQL); an object store is written before the row and
 * cleaned up if the row is not written (`discard`), and removed after the row is deleted.
 */
export interface FileStorage {
  readonly kind: "postgres" | "s3";
  /**
   * Stores the bytes. PostgreSQL writes them with `tx`, the transaction that writes the
   * file's row; an object store is called before that transaction, with `tx` null.
   */
  save(object: StoredObject, bytes: Buffer, tx: Tx | null): Promise<void>;
  /** Whether `save` must run before the row's transaction (network storage) or inside it. */
  readonly savesOutsideTransaction: boolean;
  /** Undoes a `save` whose row was never written (object stores; no-op for PostgreSQL). */
  discard(object: StoredObject): Promise<void>;
  /** The bytes as a stream; `scope` is the reader's row-level-security scope. */
  open(scope: DbScope, object: StoredObject): Promise<ReadableStream<Uint8Array>>;
  /** Removes the bytes once the row is gone (PostgreSQL chunks go with their row). */
  remove(object: StoredObject): Promise<void>;
}
