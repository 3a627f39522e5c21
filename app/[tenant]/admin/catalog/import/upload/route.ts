import { NextResponse } from "next/server";
import { getLocale } from "next-intl/server";
import { vendorRoute } from "@/lib/auth/wrappers";
import { importProducts } from "@/lib/catalog/import";
import { PRODUCT_IMPORT_MAX_BYTES } from "@/lib/catalog/schema";
import { translatedReport } from "@/lib/csv/report";
import { csvBodyOf } from "@/lib/csv/upload";

/** Imports a products file (the body) all or nothing and answers the row-by-row report. */
export const POST = vendorRoute("catalog.manage", async (req, { ctx }) => {
  const file = await csvBodyOf(req, PRODUCT_IMPORT_MAX_BYTES, "csvImport.chooseFile");
  const report = await importProducts(ctx, { file, locale: await getLocale() });
  return NextResponse.json({ report: await translatedReport(report) });
});
