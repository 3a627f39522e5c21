import { getTranslations } from "next-intl/server";
import { vendorRoute } from "@/lib/auth/wrappers";
import { csvResponse, csvStream } from "@/lib/lists/csv";
import { orderCsvColumns } from "@/lib/orders/csv";
import { exportOrders } from "@/lib/orders/list";
import { orderListQuery } from "@/lib/orders/schema";
import type { OrderListItem } from "@/lib/orders/types";

/** CSV of the queue's orders matching its filters, in its order (totals as decimals + currency). */
export const GET = vendorRoute("orders.read", async (req, { ctx }) => {
  const query = orderListQuery.parse(req.nextUrl.searchParams);
  const [t, statuses] = await Promise.all([getTranslations("orderQueue.csv"), getTranslations("orders.status")]);
  return csvResponse(`orders-${ctx.tenant.slug}`, csvStream<OrderListItem>(orderCsvColumns(t, statuses), exportOrders(ctx, query)));
});
