import { todayIn } from "@/lib/activities/dates";
import { vendorRoute } from "@/lib/auth/wrappers";
import { exportJournal, JOURNAL_COLUMNS } from "@/lib/invoicing/journal-export";
import { journalPeriodSchema } from "@/lib/invoicing/schema";
import { csvResponse, csvStream } from "@/lib/lists/csv";

/** The journal of a period as CSV (`?from=2026-12-01&to=2026-12-31`; this month by default). */
export const GET = vendorRoute("invoices.manage", async (req, { ctx }) => {
  const today = todayIn(ctx.tenant.timeZone);
  const period = journalPeriodSchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const from = period.from ?? `${today.slice(0, 7)}-01`;
  const to = period.to ?? today;
  return csvResponse(`journal-${ctx.tenant.slug}-${from}-${to}`, csvStream(JOURNAL_COLUMNS, exportJournal(ctx, { from, to })));
});
