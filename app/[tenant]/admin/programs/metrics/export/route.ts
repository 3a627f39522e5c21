import { getTranslations } from "next-intl/server";
import { vendorRoute } from "@/lib/auth/wrappers";
import { csvResponse, csvStream } from "@/lib/lists/csv";
import { toDecimalString } from "@/lib/money";
import { exportRecordedMetrics } from "@/lib/programs/list";
import { METRIC_UNIT } from "@/lib/programs/metric-names";
import { metricListQuery } from "@/lib/programs/schema";
import type { RecordedMetricItem } from "@/lib/programs/types";

/** CSV of the recorded values matching the list's filters; revenue as a plain decimal beside its currency. */
export const GET = vendorRoute("programs.read", async (req, { ctx }) => {
  const query = metricListQuery.parse(req.nextUrl.searchParams);
  const t = await getTranslations("programs.metrics");
  const iso = (value: Date) => value.toISOString().slice(0, 10);
  return csvResponse(
    `metric-values-${ctx.tenant.slug}`,
    csvStream<RecordedMetricItem>(
      [
        { header: "ID", value: (row) => row.id },
        { header: t("partner"), value: (row) => row.partnerName },
        { header: t("metric"), value: (row) => t(row.metric) },
        {
          header: t("value"),
          value: (row) => (METRIC_UNIT[row.metric] === "money" && row.currency ? toDecimalString(BigInt(row.value), row.currency) : row.value),
        },
        { header: t("currency"), value: (row) => row.currency },
        { header: t("periodStart"), value: (row) => iso(row.periodStart) },
        { header: t("periodEnd"), value: (row) => iso(row.periodEnd) },
        { header: t("note"), value: (row) => row.note },
        { header: t("recordedBy"), value: (row) => row.recordedByName },
        { header: t("recorded"), value: (row) => row.createdAt },
      ],
      exportRecordedMetrics(ctx, query),
    ),
  );
});
