import { getTranslations } from "next-intl/server";
import { vendorRoute } from "@/lib/auth/wrappers";
import { exportClaims, claimQueueQuery, type ClaimQueueRow } from "@/lib/coop/queues";
import { toDecimalString } from "@/lib/money";
import { csvResponse, csvStream } from "@/lib/lists/csv";

/** CSV of every claim matching the queue's filters (amounts as decimals of their currency). */
export const GET = vendorRoute("coop.read", async (req, { ctx }) => {
  const query = claimQueueQuery.parse(req.nextUrl.searchParams);
  const t = await getTranslations("coopAdmin");
  return csvResponse(
    `coop-claims-${ctx.tenant.slug}`,
    csvStream<ClaimQueueRow>(
      [
        { header: t("table.activity"), value: (row) => row.title },
        { header: t("table.type"), value: (row) => t(`activityType.${row.activityType}`) },
        { header: t("table.status"), value: (row) => t(`claimStatus.${row.status}`) },
        { header: t("table.partner"), value: (row) => row.partner.name },
        { header: t("table.program"), value: (row) => row.programName },
        { header: t("table.currency"), value: (row) => row.currency },
        { header: t("table.claimed"), value: (row) => toDecimalString(row.claimedMinor, row.currency) },
        { header: t("table.approved"), value: (row) => (row.approvedMinor === null ? null : toDecimalString(row.approvedMinor, row.currency)) },
        { header: t("table.submitted"), value: (row) => row.submittedAt },
        { header: t("table.waitingHours"), value: (row) => row.waitingHours },
        // past the tenant's claim review target: the queue's SLA, row by row
        { header: t("table.overdue"), value: (row) => (row.overdue ? t("table.overdueYes") : null) },
      ],
      exportClaims(ctx, query),
    ),
  );
});
