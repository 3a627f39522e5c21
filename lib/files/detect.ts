import { fileTypeFromBuffer } from "file-type";

/** Bytes file-type needs to recognise every format it knows (its own recommendation). */
export const SNIFF_BYTES = 4100;

/**
 * The content type of a file from its first bytes (magic numbers), or null when the bytes
 * are no format we know. Text formats — HTML, SVG, XML, scripts — have no magic number and
 * come out as null, so no allow-list can admit them by mistake: SVG is refused because it
 * can carry script.
 */
export async function detectContentType(head: Uint8Array): Promise<string | null> {
  const detected = await fileTypeFromBuffer(head.subarray(0, SNIFF_BYTES));
  return detected?.mime ?? null;
}
