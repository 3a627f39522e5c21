import { NextResponse } from "next/server";
import { getLocale } from "next-intl/server";
import { partnerRoute } from "@/lib/auth/wrappers";
import { importOwnAccounts } from "@/lib/accounts/import";
import { translatedReport } from "@/lib/csv/report";
import { importBodyOf } from "@/lib/accounts/upload";

/** Imports the partner's own accounts (the file is the body) and answers the row-by-row report. */
export const POST = partnerRoute("ownAccounts.import", async (req, { ctx }) => {
  const { file } = await importBodyOf(req);
  const report = await importOwnAccounts(ctx, { file, locale: await getLocale() });
  return NextResponse.json({ report: await translatedReport(report) });
});
