import "server-only";
import type { NextRequest } from "next/server";
import { csvBodyOf } from "@/lib/csv/upload";
import { AppError } from "@/lib/errors";
import { ACCOUNT_IMPORT_MAX_BYTES } from "./schema";

/** An accounts file as the import page sends it (lib/csv/upload.ts), `?partnerId=` for the back office's owner. */
export async function importBodyOf(req: NextRequest): Promise<{ file: Uint8Array; partnerId: string | null }> {
  const partnerId = req.nextUrl.searchParams.get("partnerId");
  if (partnerId !== null && partnerId.length > 64) throw new AppError("VALIDATION_FAILED", { fields: { partnerId: ["validation.tooLong"] } });
  const file = await csvBodyOf(req, ACCOUNT_IMPORT_MAX_BYTES, "csvImport.chooseFile");
  return { file, partnerId: partnerId || null };
}
