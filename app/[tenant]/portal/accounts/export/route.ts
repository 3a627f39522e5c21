import { getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/components/backoffice/country";
import { partnerRoute } from "@/lib/auth/wrappers";
import { accountCsvColumns } from "@/lib/accounts/csv";
import { exportOwnAccounts } from "@/lib/accounts/list";
import { accountListQuery } from "@/lib/accounts/schema";
import { csvResponse, csvStream } from "@/lib/lists/csv";

/** CSV of every account matching the list's filters, in its sort order. */
export const GET = partnerRoute("ownAccounts.read", async (req, { ctx }) => {
  const query = accountListQuery.parse(req.nextUrl.searchParams);
  const [table, industry, review, locale] = await Promise.all([
    getTranslations("accounts.table"),
    getTranslations("enums.industry"),
    getTranslations("enums.reviewStatus"),
    getLocale(),
  ]);
  const columns = accountCsvColumns(
    {
      table: (key) => table(key as never),
      industry: (key) => industry(key as never),
      review: (key) => review(key as never),
      country: (code) => countryName(code, locale),
    },
    false,
  );
  return csvResponse(`accounts-${ctx.tenant.slug}`, csvStream(columns, exportOwnAccounts(ctx, query)));
});
