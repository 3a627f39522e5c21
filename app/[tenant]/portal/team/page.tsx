import { getTranslations } from "next-intl/server";
import { UsersRound } from "lucide-react";
import { TeamTable } from "@/components/partners/team-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { listOwnTeam } from "@/lib/partners/service";

export const generateMetadata = partnerMetadata("partnerTeam.read", async () => {
  const t = await getTranslations("portal.team");
  return { title: t("title") };
});

export default partnerPage("partnerTeam.read", async ({ ctx }) => {
  const [team, t] = await Promise.all([listOwnTeam(ctx), getTranslations("portal.team")]);
  const partner = ctx.partner.name;

  return (
    <>
      <PageHeader title={t("title")} description={t("description", { partner, vendor: ctx.tenant.name })} />
      <TeamTable
        team={team}
        partnerName={partner}
        currentUserId={ctx.user.id}
        empty={
          <EmptyState
            icon={<UsersRound />}
            title={t("empty.title")}
            description={t("empty.description", { vendor: ctx.tenant.name })}
          />
        }
      />
      <p className="mt-4 text-sm text-slate-600">{t("manageHint", { vendor: ctx.tenant.name })}</p>
    </>
  );
});
