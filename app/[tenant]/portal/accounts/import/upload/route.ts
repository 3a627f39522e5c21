import { NextResponse } from "next/server";
import { getLocale } from "next-intl/server";
import { partnerRoute } from "@/lib/auth/wrappers";
import { importOwnAccounts } from "@/lib/accounts/import";
import { translatedReport } from "@/lib/accounts/report";
import { ACCOUNT_IMPORT_MAX_BYTES } from "@/lib/accounts/schema";
import { AppError } from "@/lib/errors";
import { readUpload } from "@/lib/http/upload";

/** Imports the partner's own accounts (multipart: file) and answers the row-by-row report. */
export const POST = partnerRoute("ownAccounts.import", async (req, { ctx }) => {
  const { file } = await readUpload(req, ACCOUNT_IMPORT_MAX_BYTES);
  if (!file) throw new AppError("CSV_EMPTY");
  const report = await importOwnAccounts(ctx, { file, locale: await getLocale() });
  return NextResponse.json({ report: await translatedReport(report) });
});
