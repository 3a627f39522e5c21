import "server-only";
import { createHash } from "node:crypto";
import { AwsClient } from "aws4fetch";
import type { FileStorage, StoredObject } from "./types";

export type S3Settings = {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `https://endpoint/bucket/key` (MinIO, most self-hosted stores) instead of `https://bucket.endpoint/key`. */
  forcePathStyle: boolean;
};

/** An S3 error answer, with the status and the store's own error code (`NoSuchKey`, `SignatureDoesNotMatch`). */
export class S3Error extends Error {
  constructor(
    readonly operation: string,
    readonly status: number,
    readonly s3Code: string | null,
  ) {
    super(`S3 ${operation} failed: ${status}${s3Code ? ` ${s3Code}` : ""}`);
    this.name = "S3Error";
  }
}

async function failure(operation: string, response: Response): Promise<S3Error> {
  const text = await response.text().catch(() => "");
  return new S3Error(operation, response.status, /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? null);
}

/**
 * Any S3-compatible store (AWS S3, MinIO, Cloudflare R2, Ceph…) through signed fetch
 * requests (aws4fetch: Signature V4, no SDK). PUT signs the payload's SHA-256, so the
 * store refuses bytes that changed on the way. Keys are the server-made storage keys.
 */
export function s3Storage(settings: S3Settings): FileStorage {
  const client = new AwsClient({
    accessKeyId: settings.accessKeyId,
    secretAccessKey: settings.secretAccessKey,
    service: "s3",
    region: settings.region,
    retries: 3,
  });
  const base = new URL(settings.endpoint);
  const urlOf = (key: string) => {
    const path = key.split("/").map(encodeURIComponent).join("/");
    if (settings.forcePathStyle)
      return new URL(`${base.pathname.replace(/\/$/, "")}/${settings.bucket}/${path}`, base).toString();
    return `${base.protocol}//${settings.bucket}.${base.host}/${path}`;
  };

  return {
    kind: "s3",
    savesOutsideTransaction: true,

    async save(object: StoredObject, bytes: Buffer) {
      const response = await client.fetch(urlOf(object.storageKey), {
        method: "PUT",
        body: new Uint8Array(bytes),
        headers: {
          "content-type": object.contentType,
          "content-length": String(bytes.length),
          "x-amz-content-sha256": createHash("sha256").update(bytes).digest("hex"),
        },
      });
      if (!response.ok) throw await failure("PUT", response);
      await response.body?.cancel();
    },

    async discard(object: StoredObject) {
      await this.remove(object);
    },

    async open(_scope, object: StoredObject) {
      const response = await client.fetch(urlOf(object.storageKey), { method: "GET" });
      if (!response.ok || !response.body) throw await failure("GET", response);
      return response.body;
    },

    async remove(object: StoredObject) {
      const response = await client.fetch(urlOf(object.storageKey), { method: "DELETE" });
      // Already gone is what we wanted.
      if (!response.ok && response.status !== 404) throw await failure("DELETE", response);
      await response.body?.cancel();
    },
  };
}
