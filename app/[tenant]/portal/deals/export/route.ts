import { getTranslations } from "next-intl/server";
import { partnerRoute } from "@/lib/auth/wrappers";
import { registrationCsvColumns } from "@/lib/deals/csv";
import { exportOwnRegistrations } from "@/lib/deals/list";
import { registrationListQuery } from "@/lib/deals/schema";
import type { RegistrationListItem } from "@/lib/deals/types";
import { csvResponse, csvStream } from "@/lib/lists/csv";

/** CSV of the partner's own registrations matching the list's filters. */
export const GET = partnerRoute("ownDeals.read", async (req, { ctx }) => {
  const query = registrationListQuery.parse(req.nextUrl.searchParams);
  const [t, statuses] = await Promise.all([getTranslations("deals.registrations.table"), getTranslations("enums.registrationStatus")]);
  return csvResponse(`deal-registrations-${ctx.tenant.slug}`, csvStream<RegistrationListItem>(registrationCsvColumns(t, statuses, false), exportOwnRegistrations(ctx, query)));
});
