import "server-only";
import { env } from "@/lib/env";
import { postgresStorage } from "./postgres";
import { s3Storage } from "./s3";
import type { FileStorage } from "./types";

export type { FileStorage, StoredObject } from "./types";

let s3: FileStorage | undefined;

/** The S3 driver from the environment (FILE_STORAGE=s3 and S3_* settings). */
function configuredS3(): FileStorage {
  const e = env();
  if (!e.S3_BUCKET || !e.S3_ACCESS_KEY_ID || !e.S3_SECRET_ACCESS_KEY) {
    throw new Error("S3 storage needs S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (see .env.example)");
  }
  s3 ??= s3Storage({
    endpoint: e.S3_ENDPOINT ?? `https://s3.${e.S3_REGION}.amazonaws.com`,
    region: e.S3_REGION,
    bucket: e.S3_BUCKET,
    accessKeyId: e.S3_ACCESS_KEY_ID,
    secretAccessKey: e.S3_SECRET_ACCESS_KEY,
    forcePathStyle: e.S3_FORCE_PATH_STYLE ?? Boolean(e.S3_ENDPOINT),
  });
  return s3;
}

/** Where new uploads go (FILE_STORAGE; PostgreSQL unless configured otherwise). */
export function uploadStorage(): FileStorage {
  return env().FILE_STORAGE === "s3" ? configuredS3() : postgresStorage;
}

/** The driver holding an existing file: each row says where its bytes are. */
export function storageOf(kind: string): FileStorage {
  return kind === "s3" ? configuredS3() : postgresStorage;
}
