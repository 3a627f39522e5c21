import { NextResponse } from "next/server";
import { getLocale } from "next-intl/server";
import { partnerRoute } from "@/lib/auth/wrappers";
import { translatedReport } from "@/lib/csv/report";
import { csvBodyOf } from "@/lib/csv/upload";
import { IMPORT_MAX_BYTES, importRegistrations } from "@/lib/warranties/import";

/** Registers the sales of the partner's own units from a file, all or nothing, and answers the report. */
export const POST = partnerRoute("ownWarranties.manage", async (req, { ctx }) => {
  const file = await csvBodyOf(req, IMPORT_MAX_BYTES, "csvImport.chooseFile");
  const report = await importRegistrations(ctx, { file, locale: await getLocale() });
  return NextResponse.json({ report: await translatedReport(report) });
});
