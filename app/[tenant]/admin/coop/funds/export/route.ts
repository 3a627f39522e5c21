import { getTranslations } from "next-intl/server";
import { vendorRoute } from "@/lib/auth/wrappers";
import { exportFunds, fundListQuery } from "@/lib/coop/queues";
import type { FundView } from "@/lib/coop/types";
import { csvResponse, csvStream } from "@/lib/lists/csv";
import { toDecimalString } from "@/lib/money";

/** CSV of every fund matching the list's filters, with each balance as a decimal of its currency. */
export const GET = vendorRoute("coop.read", async (req, { ctx }) => {
  const query = fundListQuery.parse(req.nextUrl.searchParams);
  const t = await getTranslations("coopAdmin");
  const money = (pick: (row: FundView) => bigint) => (row: FundView) => toDecimalString(pick(row), row.currency);
  return csvResponse(
    `coop-funds-${ctx.tenant.slug}`,
    csvStream<FundView>(
      [
        { header: t("table.program"), value: (row) => row.programName },
        { header: t("table.partner"), value: (row) => row.partnerName },
        { header: t("funds.periodStart"), value: (row) => row.periodStart },
        { header: t("funds.periodEnd"), value: (row) => row.periodEnd },
        { header: t("funds.expires"), value: (row) => row.expiresOn },
        { header: t("table.currency"), value: (row) => row.currency },
        { header: t("balance.earnedMinor"), value: money((r) => r.balance.earnedMinor) },
        { header: t("balance.reservedMinor"), value: money((r) => r.balance.reservedMinor) },
        { header: t("balance.claimedMinor"), value: money((r) => r.balance.claimedMinor) },
        { header: t("balance.paidMinor"), value: money((r) => r.balance.paidMinor) },
        { header: t("balance.expiredMinor"), value: money((r) => r.balance.expiredMinor) },
        { header: t("balance.availableMinor"), value: money((r) => r.balance.availableMinor) },
      ],
      exportFunds(ctx, query),
    ),
  );
});
