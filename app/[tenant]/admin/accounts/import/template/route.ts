import { vendorRoute } from "@/lib/auth/wrappers";
import { importTemplate } from "@/lib/accounts/csv";

/** An empty accounts file with the accepted headers and one example row. */
export const GET = vendorRoute("accounts.import", async () =>
  new Response(importTemplate(), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="accounts-template.csv"',
      "cache-control": "no-store",
    },
  }),
);
