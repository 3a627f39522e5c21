import { getLocale, getTranslations } from "next-intl/server";
import { PipelineBoard } from "@/components/deals/board";
import { DealsNav } from "@/components/deals/deals-nav";
import { DirectDealDialog } from "@/components/deals/direct-deal-dialog";
import { PipelineFilters } from "@/components/deals/pipeline-filters";
import { countryOptions } from "@/components/forms/options";
import { PageHeader } from "@/components/ui/page-header";
import { INDUSTRIES } from "@/lib/accounts/schema";
import { todayIn } from "@/lib/activities/dates";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { dealFilterOptions } from "@/lib/deals/options";
import { getBoard } from "@/lib/deals/pipeline";
import { boardQuery } from "@/lib/deals/schema";
import { firstValues } from "@/lib/lists/query";
import { CURRENCIES } from "@/lib/tenancy/schema";
import { createDirectDealAction, moveOpportunityStageAction } from "../opportunities/actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export const generateMetadata = vendorMetadata("deals.read", async () => {
  const t = await getTranslations("deals.board");
  return { title: t("title") };
});

/** The pipeline board of every open deal, filtered by partner, territory and rep. */
export default vendorPage("deals.read", async ({ ctx, searchParams }) => {
  const filters = boardQuery.parse(firstValues(searchParams));
  const [t, board, options, industries, locale] = await Promise.all([
    getTranslations("deals"),
    getBoard(ctx, filters),
    dealFilterOptions(ctx),
    getTranslations("enums.industry"),
    getLocale(),
  ]);
  const base = `/${ctx.tenant.slug}/admin/deals`;
  const manage = can(ctx, "deals.manage");
  return (
    <ClientMessages
      namespaces={[...FORM_MESSAGES, "deals.direct", "deals.form", "deals.move", "forms.country", "forms.timeZone"]}
    >
      <>
        <PageHeader
          title={t("board.title")}
          description={t("board.description")}
          actions={
            manage && (
              <DirectDealDialog
                tenant={ctx.tenant.slug}
                action={createDirectDealAction}
                currencies={[...CURRENCIES]}
                currency={ctx.tenant.currency}
                today={todayIn(ctx.tenant.timeZone)}
                countries={countryOptions(locale)}
                industries={INDUSTRIES.map((value) => ({ value, label: industries(value) }))}
              />
            )
          }
        />
        <DealsNav base={base} current="pipeline" side="vendor" configure={can(ctx, "deals.configure")} />
        <PipelineFilters action={`${base}/pipeline`} values={filters} options={options} />
        <PipelineBoard
          tenant={ctx.tenant.slug}
          board={board}
          base={base}
          filters={filters}
          showPartner
          {...(manage ? { move: moveOpportunityStageAction } : {})}
        />
      </>
    </ClientMessages>
  );
});
