import { getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/components/backoffice/country";
import { vendorRoute } from "@/lib/auth/wrappers";
import { csvResponse, csvStream } from "@/lib/lists/csv";
import { exportPartners, type PartnerListItem } from "@/lib/partners/list";
import { partnerListQuery } from "@/lib/partners/schema";

/** CSV of every partner matching the list's filters, in its sort order. */
export const GET = vendorRoute("partners.read", async (req, { ctx }) => {
  const query = partnerListQuery.parse(req.nextUrl.searchParams);
  const [t, seats, types, statuses, locale] = await Promise.all([
    getTranslations("partners.table"),
    getTranslations("team.counts"),
    getTranslations("enums.partnerType"),
    getTranslations("enums.partnerStatus"),
    getLocale(),
  ]);
  return csvResponse(
    `partners-${ctx.tenant.slug}`,
    csvStream<PartnerListItem>(
      [
        { header: "ID", value: (row) => row.id },
        { header: t("name"), value: (row) => row.name },
        { header: t("type"), value: (row) => types(row.type) },
        { header: t("status"), value: (row) => statuses(row.status) },
        { header: t("country"), value: (row) => countryName(row.country, locale) },
        { header: t("tier"), value: (row) => row.tier },
        { header: seats("activeColumn"), value: (row) => row.portalUsers },
        { header: seats("invitedColumn"), value: (row) => row.invitedUsers },
        { header: t("created"), value: (row) => row.createdAt },
      ],
      exportPartners(ctx, query),
    ),
  );
});
