import { getTranslations } from "next-intl/server";
import { vendorRoute } from "@/lib/auth/wrappers";
import { opportunityCsvColumns } from "@/lib/deals/csv";
import { exportOpportunities } from "@/lib/deals/list";
import { opportunityListQuery } from "@/lib/deals/schema";
import type { OpportunityListItem } from "@/lib/deals/types";
import { csvResponse, csvStream } from "@/lib/lists/csv";

/** CSV of the deals matching the table's filters, in its order. */
export const GET = vendorRoute("deals.read", async (req, { ctx }) => {
  const query = opportunityListQuery.parse(req.nextUrl.searchParams);
  const [t, statuses] = await Promise.all([getTranslations("deals.opportunities.table"), getTranslations("enums.opportunityStatus")]);
  return csvResponse(`deals-${ctx.tenant.slug}`, csvStream<OpportunityListItem>(opportunityCsvColumns(t, statuses, true), exportOpportunities(ctx, query)));
});
