import "server-only";
import type { NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { readCapped } from "@/lib/files/read-body";
import { ACCOUNT_IMPORT_MAX_BYTES } from "./schema";

/**
 * An accounts file as the import page sends it: the CSV's bytes as the request body (no
 * multipart), `?partnerId=` for the back office's owner. The body is read with the import's
 * cap, so a 50 MB body is refused after 2 MB of reading; an empty one asks for a file.
 */
export async function importBodyOf(req: NextRequest): Promise<{ file: Uint8Array; partnerId: string | null }> {
  const partnerId = req.nextUrl.searchParams.get("partnerId");
  if (partnerId !== null && partnerId.length > 64) throw new AppError("VALIDATION_FAILED", { fields: { partnerId: ["validation.tooLong"] } });
  let bytes: Buffer;
  try {
    ({ bytes } = await readCapped(req.body, ACCOUNT_IMPORT_MAX_BYTES));
  } catch (error) {
    if ((error as AppError).code === "FILE_TOO_LARGE") {
      throw new AppError("CSV_TOO_LARGE", { params: { max: Math.floor(ACCOUNT_IMPORT_MAX_BYTES / 1024 / 1024) } });
    }
    throw error;
  }
  if (bytes.length === 0) throw new AppError("VALIDATION_FAILED", { fields: { file: ["accounts.import.chooseFile"] } });
  return { file: new Uint8Array(bytes), partnerId: partnerId || null };
}
