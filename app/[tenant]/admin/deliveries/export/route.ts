import { getTranslations } from "next-intl/server";
import { eventLabel } from "@/lib/notify/texts";
import { vendorRoute } from "@/lib/auth/wrappers";
import { csvResponse, csvStream } from "@/lib/lists/csv";
import { exportDeliveries, type DeliveryLogItem } from "@/lib/notify/delivery-log";
import { deliveryListQuery } from "@/lib/notify/schema";

/** CSV of every message matching the delivery log's filters (never bodies or headers). */
export const GET = vendorRoute("deliveries.read", async (req, { ctx }) => {
  const query = deliveryListQuery.parse(req.nextUrl.searchParams);
  const t = await getTranslations("notifications");
  return csvResponse(
    `deliveries-${ctx.tenant.slug}`,
    csvStream<DeliveryLogItem>(
      [
        { header: t("deliveries.table.time"), value: (row) => row.createdAt },
        { header: t("deliveries.table.channel"), value: (row) => t(`deliveries.channels.${row.channel}`) },
        { header: t("deliveries.table.to"), value: (row) => row.to },
        { header: t("deliveries.table.message"), value: (row) => row.subject ?? eventLabel(t, row.eventType) },
        { header: t("deliveries.table.status"), value: (row) => t(`deliveries.statuses.${row.status}`) },
        { header: t("deliveries.table.attempts"), value: (row) => row.attempts },
        { header: t("deliveries.table.lastError"), value: (row) => row.lastError },
        { header: t("deliveries.export.sentAt"), value: (row) => row.sentAt },
        { header: t("deliveries.export.deliveredAt"), value: (row) => row.deliveredAt },
      ],
      exportDeliveries(ctx, query),
    ),
  );
});
