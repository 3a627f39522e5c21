import { vendorRoute } from "@/lib/auth/wrappers";
import { productImportTemplate } from "@/lib/catalog/csv";

/** An empty products file with the accepted headers and one example row. */
export const GET = vendorRoute("catalog.manage", async () =>
  new Response(productImportTemplate(), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="products-template.csv"',
      "cache-control": "no-store",
    },
  }),
);
