import { NextResponse } from "next/server";
import { getLocale } from "next-intl/server";
import { vendorRoute } from "@/lib/auth/wrappers";
import { translatedReport } from "@/lib/csv/report";
import { csvBodyOf } from "@/lib/csv/upload";
import { importLeads, LEAD_IMPORT_MAX_BYTES } from "@/lib/leads/import";

/** Imports a leads file (the body), all or nothing, and answers the row-by-row report. */
export const POST = vendorRoute("leads.manage", async (req, { ctx }) => {
  const file = await csvBodyOf(req, LEAD_IMPORT_MAX_BYTES, "csvImport.chooseFile");
  const report = await importLeads(ctx, { file, locale: await getLocale() });
  return NextResponse.json({ report: await translatedReport(report) });
});
