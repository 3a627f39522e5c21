import { getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/components/backoffice/country";
import { vendorRoute } from "@/lib/auth/wrappers";
import { applicationListQuery } from "@/lib/applications/schema";
import { exportApplications } from "@/lib/applications/service";
import type { ApplicationListItem } from "@/lib/applications/types";
import { csvResponse, csvStream } from "@/lib/lists/csv";
import { toDecimalString } from "@/lib/money";

/** CSV of every application matching the queue's filters, in its order (amounts as decimals + currency). */
export const GET = vendorRoute("applications.read", async (req, { ctx }) => {
  const query = applicationListQuery.parse(req.nextUrl.searchParams);
  const [t, statuses, types, locale] = await Promise.all([
    getTranslations("applications.queue"),
    getTranslations("applications.status"),
    getTranslations("enums.partnerType"),
    getLocale(),
  ]);
  return csvResponse(
    `applications-${ctx.tenant.slug}`,
    csvStream<ApplicationListItem>(
      [
        { header: "ID", value: (row) => row.id },
        { header: t("company"), value: (row) => row.companyName },
        { header: t("taxId"), value: (row) => row.taxId },
        { header: t("status"), value: (row) => statuses(row.status) },
        { header: t("type"), value: (row) => types(row.partnerType) },
        { header: t("country"), value: (row) => countryName(row.country, locale) ?? row.country },
        { header: t("contactName"), value: (row) => row.contactName },
        { header: t("contact"), value: (row) => row.contactEmail },
        { header: t("volume"), value: (row) => toDecimalString(row.expectedVolumeMinor, row.currency) },
        { header: t("currency"), value: (row) => row.currency },
        { header: t("created"), value: (row) => row.createdAt },
        { header: t("decided"), value: (row) => row.decidedAt },
      ],
      exportApplications(ctx, query),
    ),
  );
});
