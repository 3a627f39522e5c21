import { NextResponse } from "next/server";
import { getLocale } from "next-intl/server";
import { vendorRoute } from "@/lib/auth/wrappers";
import { importAccounts } from "@/lib/accounts/import";
import { translatedReport } from "@/lib/accounts/report";
import { ACCOUNT_IMPORT_MAX_BYTES } from "@/lib/accounts/schema";
import { AppError } from "@/lib/errors";
import { readUpload } from "@/lib/http/upload";

/** Imports an accounts file (multipart: file, partnerId) and answers the row-by-row report. */
export const POST = vendorRoute("accounts.import", async (req, { ctx }) => {
  const { file, fields } = await readUpload(req, ACCOUNT_IMPORT_MAX_BYTES);
  if (!file) throw new AppError("CSV_EMPTY");
  const report = await importAccounts(ctx, { file, partnerId: fields.partnerId || null, locale: await getLocale() });
  return NextResponse.json({ report: await translatedReport(report) });
});
