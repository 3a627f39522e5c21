import { getTranslations } from "next-intl/server";
import { vendorRoute } from "@/lib/auth/wrappers";
import { exportRegistrations } from "@/lib/deals/list";
import { registrationListQuery } from "@/lib/deals/schema";
import type { RegistrationListItem } from "@/lib/deals/types";
import { csvResponse, csvStream } from "@/lib/lists/csv";
import { registrationCsvColumns } from "@/lib/deals/csv";

/** CSV of the registrations matching the queue's filters, in its order (amounts as decimals + currency). */
export const GET = vendorRoute("deals.read", async (req, { ctx }) => {
  const query = registrationListQuery.parse(req.nextUrl.searchParams);
  const [t, statuses] = await Promise.all([getTranslations("deals.registrations.table"), getTranslations("enums.registrationStatus")]);
  return csvResponse(`deal-registrations-${ctx.tenant.slug}`, csvStream<RegistrationListItem>(registrationCsvColumns(t, statuses, true), exportRegistrations(ctx, query)));
});
