/**
 * File names from uploads are display text, never paths: the storage key is made by the
 * server. This cleans a name for display and builds the download's Content-Disposition
 * (RFC 6266, with the RFC 5987 `filename*` form for names beyond ASCII).
 */

const MAX_NAME_LENGTH = 120;
/** Control characters, bidirectional overrides (a "gpj.exe" trick) and zero-width marks. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Characters Windows, macOS or shells treat specially in a file name. */
const RESERVED = /[<>:"/\\|?*]/g;

/** The extension a detected type is saved with (the content decides, not the uploader). */
export const EXTENSION_OF: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
  "image/gif": "gif",
  "application/pdf": "pdf",
};

/**
 * A readable, harmless name: the last path segment, NFC, no control or direction
 * characters, no reserved characters, at most 120 characters, and the extension of the
 * detected content type ("report.exe" holding a PDF becomes "report.exe.pdf").
 */
export function cleanFileName(raw: string | null | undefined, contentType: string): string {
  const lastSegment = (raw ?? "").split(/[/\\]/).pop() ?? "";
  let name = lastSegment.normalize("NFC").replace(UNSAFE, "").replace(RESERVED, "_").replace(/\s+/g, " ").trim();
  name = name.replace(/^[.\s]+|[.\s]+$/g, "");
  const extension = EXTENSION_OF[contentType];
  const lower = name.toLowerCase();
  const fits = extension && (lower.endsWith(`.${extension}`) || (extension === "jpg" && lower.endsWith(".jpeg")));
  const suffix = extension && !fits ? `.${extension}` : "";
  const stem = (name || "file").slice(0, MAX_NAME_LENGTH - suffix.length);
  return `${stem}${suffix}`;
}

/** `attachment; filename="report.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf` */
export function contentDisposition(kind: "attachment" | "inline", name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\%]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
