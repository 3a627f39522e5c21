import { getTranslations } from "next-intl/server";
import { ProfileView } from "@/components/profile/profile-view";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";

export const generateMetadata = partnerMetadata("portal.view", async () => {
  const t = await getTranslations("profile");
  return { title: t("title") };
});

export default partnerPage("portal.view", async ({ ctx }) => <ProfileView user={ctx.user} />);
