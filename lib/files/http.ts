import type { NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import type { UploadInput } from "./service";

/**
 * An upload request as the file field sends it: `POST …/files?purpose=…&name=…[&partnerId=…]`
 * with the file's bytes as the body (no multipart: nothing to parse, and the body is read
 * as a stream with the purpose's cap). Content-Length is required, so an oversized file
 * is refused before its body is read and a cut-off body is never stored.
 */
export function uploadInputOf(req: NextRequest): UploadInput {
  const query = req.nextUrl.searchParams;
  const text = (key: string, max: number) => {
    const value = query.get(key);
    if (value !== null && value.length > max)
      throw new AppError("VALIDATION_FAILED", { fields: { [key]: ["files.validation.tooLong"] } });
    return value;
  };
  const length = req.headers.get("content-length");
  if (length === null || !/^\d{1,12}$/.test(length)) throw new AppError("BAD_REQUEST");
  return {
    purpose: text("purpose", 60) ?? "",
    name: text("name", 255),
    partnerId: text("partnerId", 60),
    declaredSize: Number(length),
    body: req.body,
  };
}
