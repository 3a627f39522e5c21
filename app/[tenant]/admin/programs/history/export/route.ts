import { getTranslations } from "next-intl/server";
import { vendorRoute } from "@/lib/auth/wrappers";
import { csvResponse, csvStream } from "@/lib/lists/csv";
import { exportTierHistory } from "@/lib/programs/list";
import { tierHistoryQuery } from "@/lib/programs/schema";
import type { TierHistoryItem } from "@/lib/programs/types";

/** CSV of the tier history matching the list's filters, newest first. */
export const GET = vendorRoute("programs.read", async (req, { ctx }) => {
  const query = tierHistoryQuery.parse(req.nextUrl.searchParams);
  const [t, triggers] = await Promise.all([getTranslations("programs.history"), getTranslations("programs.triggers")]);
  return csvResponse(
    `tier-history-${ctx.tenant.slug}`,
    csvStream<TierHistoryItem>(
      [
        { header: t("date"), value: (row) => row.evaluatedAt },
        { header: t("partner"), value: (row) => row.partnerName },
        { header: t("previous"), value: (row) => row.previousTierName },
        { header: t("tier"), value: (row) => row.tierName },
        { header: t("ruleTier"), value: (row) => row.ruleTierName },
        { header: t("trigger"), value: (row) => triggers(row.trigger) },
        { header: t("reason"), value: (row) => row.reason },
        { header: t("actor"), value: (row) => row.actorName ?? t("system") },
      ],
      exportTierHistory(ctx, query),
    ),
  );
});
