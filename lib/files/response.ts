import { contentDisposition } from "./names";
import type { FileInfo } from "./types";

/**
 * Headers of every file answer: the detected type with nosniff (a browser never guesses
 * another), a CSP that lets the answer run nothing even when opened directly (sandbox,
 * no sources), and a safe file name. Only raster images of an inline purpose are shown
 * inline; everything else is an attachment.
 */
export const FILE_CSP =
  "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'";

export function fileHeaders(file: FileInfo, options: { cache: "private" | "public-immutable" }): Headers {
  return new Headers({
    "content-type": file.contentType,
    "content-length": String(file.size),
    "content-disposition": contentDisposition(file.inline ? "inline" : "attachment", file.name),
    "x-content-type-options": "nosniff",
    "content-security-policy": FILE_CSP,
    "cross-origin-resource-policy": "same-origin",
    etag: `"${file.sha256}"`,
    // Authorised reads are revalidated every time (the ETag makes that cheap); a public
    // logo's URL names its file, so a new logo is a new URL and the old one never changes.
    "cache-control": options.cache === "private" ? "private, no-cache" : "public, max-age=31536000, immutable",
  });
}

/** 304 when the browser already holds these bytes (If-None-Match), else the file. */
export async function fileResponse(
  req: Request,
  download: { file: FileInfo; open: () => Promise<ReadableStream<Uint8Array>> },
  options: { cache: "private" | "public-immutable" },
): Promise<Response> {
  const headers = fileHeaders(download.file, options);
  const etag = headers.get("etag")!;
  const held = (req.headers.get("if-none-match") ?? "").split(",").map((tag) => tag.trim().replace(/^W\//, ""));
  if (held.includes(etag) || held.includes("*")) {
    headers.delete("content-length");
    return new Response(null, { status: 304, headers });
  }
  if (req.method === "HEAD") return new Response(null, { status: 200, headers });
  return new Response(await download.open(), { status: 200, headers });
}
