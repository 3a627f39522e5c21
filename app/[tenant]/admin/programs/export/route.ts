import { getTranslations } from "next-intl/server";
import { vendorRoute } from "@/lib/auth/wrappers";
import { csvResponse, csvStream } from "@/lib/lists/csv";
import { exportPrograms } from "@/lib/programs/list";
import { programListQuery } from "@/lib/programs/schema";
import type { ProgramListItem } from "@/lib/programs/types";

/** CSV of every program matching the list's filters, in its order. */
export const GET = vendorRoute("programs.read", async (req, { ctx }) => {
  const query = programListQuery.parse(req.nextUrl.searchParams);
  const [t, activation] = await Promise.all([getTranslations("programs.list"), getTranslations("programs.activation")]);
  return csvResponse(
    `programs-${ctx.tenant.slug}`,
    csvStream<ProgramListItem>(
      [
        { header: "ID", value: (row) => row.id },
        { header: t("name"), value: (row) => row.name },
        { header: t("activation"), value: (row) => activation(row.activation) },
        { header: t("tiers"), value: (row) => row.tiers },
        { header: t("partners"), value: (row) => row.partners },
        { header: t("created"), value: (row) => row.createdAt },
      ],
      exportPrograms(ctx, query),
    ),
  );
});
