import "server-only";
import type { NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { readCapped } from "@/lib/files/read-body";
import { LEAD_IMPORT_MAX_BYTES } from "./import";

/** A leads file as the import page sends it: the CSV's bytes as the body, read with the import's cap. */
export async function leadImportBodyOf(req: NextRequest): Promise<Uint8Array> {
  let bytes: Buffer;
  try {
    ({ bytes } = await readCapped(req.body, LEAD_IMPORT_MAX_BYTES));
  } catch (error) {
    if ((error as AppError).code === "FILE_TOO_LARGE") throw new AppError("CSV_TOO_LARGE", { params: { max: LEAD_IMPORT_MAX_BYTES / 1024 / 1024 } });
    throw error;
  }
  if (bytes.length === 0) throw new AppError("VALIDATION_FAILED", { fields: { file: ["leads.import.chooseFile"] } });
  return new Uint8Array(bytes);
}
