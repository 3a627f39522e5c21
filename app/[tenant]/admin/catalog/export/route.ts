import { getLocale, getTranslations } from "next-intl/server";
import { vendorRoute } from "@/lib/auth/wrappers";
import { productCsvColumns } from "@/lib/catalog/csv";
import { exportProducts } from "@/lib/catalog/list";
import { productListQuery } from "@/lib/catalog/schema";
import { csvResponse, csvStream } from "@/lib/lists/csv";

/** CSV of every product matching the list's filters, in its order; it imports back as it is. */
export const GET = vendorRoute("catalog.read", async (req, { ctx }) => {
  const query = productListQuery.parse(req.nextUrl.searchParams);
  const [csv, status, unit, locale] = await Promise.all([
    getTranslations("catalog.csv"),
    getTranslations("catalog.status"),
    getTranslations("catalog.units"),
    getLocale(),
  ]);
  const columns = productCsvColumns({
    csv: (key) => csv(key as never),
    status: (key) => status(key as never),
    unit: (key) => unit(key as never),
    yes: csv("yes"),
    no: csv("no"),
  });
  return csvResponse(`products-${ctx.tenant.slug}`, csvStream(columns, exportProducts(ctx, query, locale)));
});
