import "server-only";
import type { NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { readCapped } from "@/lib/files/read-body";

/**
 * A CSV file as the import pages send it: its bytes as the request body (no multipart),
 * read with the import's cap, so a 50 MB body is refused after `maxBytes` of reading
 * (CSV_TOO_LARGE); an empty one asks for a file (`chooseFile`, the page's message key).
 */
export async function csvBodyOf(req: NextRequest, maxBytes: number, chooseFile: string): Promise<Uint8Array> {
  let bytes: Buffer;
  try {
    ({ bytes } = await readCapped(req.body, maxBytes));
  } catch (error) {
    if ((error as AppError).code === "FILE_TOO_LARGE") {
      throw new AppError("CSV_TOO_LARGE", { params: { max: Math.floor(maxBytes / 1024 / 1024) } });
    }
    throw error;
  }
  if (bytes.length === 0) throw new AppError("VALIDATION_FAILED", { fields: { file: [chooseFile] } });
  return new Uint8Array(bytes);
}
