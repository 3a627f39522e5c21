import { getTranslations } from "next-intl/server";
import { taskCsvColumns } from "@/components/activities/task-csv";
import { vendorRoute } from "@/lib/auth/wrappers";
import { exportMyTasks } from "@/lib/activities/list";
import { taskListQuery } from "@/lib/activities/schema";
import { csvResponse, csvStream } from "@/lib/lists/csv";

/** CSV of the reader's tasks matching the list's filters, in its order. */
export const GET = vendorRoute("activities.read", async (req, { ctx }) => {
  const query = taskListQuery.parse(req.nextUrl.searchParams);
  const t = await getTranslations("activities");
  return csvResponse(`tasks-${ctx.tenant.slug}`, csvStream(taskCsvColumns(t, "vendor"), exportMyTasks(ctx, query)));
});
