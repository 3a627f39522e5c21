import { getTranslations } from "next-intl/server";
import { PipelineBoard } from "@/components/deals/board";
import { DealsNav } from "@/components/deals/deals-nav";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { getOwnBoard } from "@/lib/deals/pipeline";
import { moveOwnOpportunityStageAction } from "../opportunities/actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export const generateMetadata = partnerMetadata("ownDeals.read", async () => {
  const t = await getTranslations("deals.board");
  return { title: t("title") };
});

/** The partner's own open deals as a board, moved stage by stage through the same methodology as the vendor's. */
export default partnerPage("ownDeals.read", async ({ ctx }) => {
  const [t, board] = await Promise.all([getTranslations("deals"), getOwnBoard(ctx)]);
  const base = `/${ctx.tenant.slug}/portal/deals`;
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "deals.move"]}>
      <>
        <PageHeader title={t("board.title")} description={t("board.portalDescription")} />
        <DealsNav base={base} current="pipeline" side="partner" />
        <PipelineBoard
          tenant={ctx.tenant.slug}
          board={board}
          base={base}
          filters={{}}
          showPartner={false}
          {...(can(ctx, "ownDeals.manage") ? { move: moveOwnOpportunityStageAction } : {})}
        />
      </>
    </ClientMessages>
  );
});
