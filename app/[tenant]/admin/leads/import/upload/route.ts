import { NextResponse } from "next/server";
import { getLocale } from "next-intl/server";
import { translatedReport } from "@/lib/accounts/report";
import { vendorRoute } from "@/lib/auth/wrappers";
import { importLeads } from "@/lib/leads/import";
import { leadImportBodyOf } from "@/lib/leads/upload";

/** Imports a leads file (the body), all or nothing, and answers the row-by-row report. */
export const POST = vendorRoute("leads.manage", async (req, { ctx }) => {
  const file = await leadImportBodyOf(req);
  const report = await importLeads(ctx, { file, locale: await getLocale() });
  return NextResponse.json({ report: await translatedReport(report) });
});
