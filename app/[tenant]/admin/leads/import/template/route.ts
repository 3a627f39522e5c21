import { vendorRoute } from "@/lib/auth/wrappers";
import { leadImportTemplate } from "@/lib/leads/import";

/** An empty leads file with the accepted headers and one example row. */
export const GET = vendorRoute("leads.manage", async () =>
  new Response(leadImportTemplate(), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="leads-template.csv"',
      "cache-control": "no-store",
    },
  }),
);
