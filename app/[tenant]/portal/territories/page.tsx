import { getTranslations } from "next-intl/server";
import { Map as MapIcon } from "lucide-react";
import { OwnTerritories } from "@/components/territories/own-territories";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { listOwnTerritories } from "@/lib/territories/service";

export const generateMetadata = partnerMetadata("ownTerritories.read", async () => {
  const t = await getTranslations("territories.portal");
  return { title: t("title") };
});

/** The territories the vendor assigned to this partner. */
export default partnerPage("ownTerritories.read", async ({ ctx }) => {
  const [t, territories] = await Promise.all([getTranslations("territories.portal"), listOwnTerritories(ctx)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <OwnTerritories territories={territories} empty={<EmptyState icon={<MapIcon />} title={t("empty.title")} description={t("empty.description")} />} />
    </>
  );
});
