import { getTranslations } from "next-intl/server";
import { taskCsvColumns } from "@/components/activities/task-csv";
import { exportMyPortalTasks } from "@/lib/activities/list";
import { taskListQuery } from "@/lib/activities/schema";
import { partnerRoute } from "@/lib/auth/wrappers";
import { csvResponse, csvStream } from "@/lib/lists/csv";

/** CSV of the reader's portal tasks matching the list's filters, in its order. */
export const GET = partnerRoute("sharedActivities.read", async (req, { ctx }) => {
  const query = taskListQuery.parse(req.nextUrl.searchParams);
  const t = await getTranslations("activities");
  return csvResponse(`tasks-${ctx.tenant.slug}`, csvStream(taskCsvColumns(t, "partner"), exportMyPortalTasks(ctx, query)));
});
