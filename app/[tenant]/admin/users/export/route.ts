import { getTranslations } from "next-intl/server";
import { vendorRoute } from "@/lib/auth/wrappers";
import { csvResponse, csvStream } from "@/lib/lists/csv";
import { exportMembers, type MemberListItem } from "@/lib/users/list";
import { memberListQuery } from "@/lib/users/list-schema";

/** CSV of every vendor user matching the users page's filters, in its sort order. */
export const GET = vendorRoute("users.read", async (req, { ctx }) => {
  const query = memberListQuery.parse(req.nextUrl.searchParams);
  const [t, roles, statuses] = await Promise.all([
    getTranslations("users"),
    getTranslations("enums.vendorRole"),
    getTranslations("enums.memberStatus"),
  ]);
  return csvResponse(
    `users-${ctx.tenant.slug}`,
    csvStream<MemberListItem>(
      [
        { header: t("export.name"), value: (row) => row.name },
        { header: t("export.email"), value: (row) => row.email },
        { header: t("table.role"), value: (row) => roles(row.role) },
        { header: t("table.status"), value: (row) => statuses(row.status) },
        { header: t("table.lastSignIn"), value: (row) => row.lastLoginAt },
        { header: t("export.added"), value: (row) => row.createdAt },
      ],
      exportMembers(ctx, query),
    ),
  );
});
