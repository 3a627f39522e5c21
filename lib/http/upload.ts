import "server-only";
import { AppError } from "@/lib/errors";

/**
 * Reads a multipart upload (one file and a few text fields) with a byte cap, counting the
 * bytes as they arrive: a 50 MB body is refused after `maxBytes` (plus room for the form's
 * framing) without ever being held whole, whatever Content-Length claims.
 */
export async function readUpload(
  req: Request,
  maxBytes: number,
): Promise<{ file: Blob | null; fields: Record<string, string> }> {
  const limit = maxBytes + 64 * 1024;
  const tooLarge = () => new AppError("CSV_TOO_LARGE", { params: { max: Math.floor(maxBytes / 1024 / 1024) || 1 } });
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge();
  if (!req.body) throw new AppError("BAD_REQUEST");
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  let form: FormData;
  try {
    form = await new Response(Buffer.concat(chunks), { headers: { "content-type": req.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new AppError("BAD_REQUEST");
  }
  const fields: Record<string, string> = {};
  let file: Blob | null = null;
  for (const [key, value] of form.entries()) {
    if (typeof value === "string") fields[key] = value.slice(0, 200);
    else if (key === "file") file = value;
  }
  return { file, fields };
}
