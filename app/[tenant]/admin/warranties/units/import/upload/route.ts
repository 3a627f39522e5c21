import { NextResponse } from "next/server";
import { getLocale } from "next-intl/server";
import { vendorRoute } from "@/lib/auth/wrappers";
import { translatedReport } from "@/lib/csv/report";
import { csvBodyOf } from "@/lib/csv/upload";
import { IMPORT_MAX_BYTES, importUnits } from "@/lib/warranties/import";

/** Imports units shipped before Canal (the body), all or nothing, and answers the row-by-row report. */
export const POST = vendorRoute("warranties.manage", async (req, { ctx }) => {
  const file = await csvBodyOf(req, IMPORT_MAX_BYTES, "csvImport.chooseFile");
  const report = await importUnits(ctx, { file, locale: await getLocale() });
  return NextResponse.json({ report: await translatedReport(report) });
});
