import { NextResponse } from "next/server";
import { getLocale } from "next-intl/server";
import { vendorRoute } from "@/lib/auth/wrappers";
import { importAccounts } from "@/lib/accounts/import";
import { translatedReport } from "@/lib/csv/report";
import { importBodyOf } from "@/lib/accounts/upload";

/** Imports an accounts file (the body; `?partnerId=` or direct) and answers the row-by-row report. */
export const POST = vendorRoute("accounts.import", async (req, { ctx }) => {
  const { file, partnerId } = await importBodyOf(req);
  const report = await importAccounts(ctx, { file, partnerId, locale: await getLocale() });
  return NextResponse.json({ report: await translatedReport(report) });
});
