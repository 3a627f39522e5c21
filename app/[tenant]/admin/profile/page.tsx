import { getTranslations } from "next-intl/server";
import { ProfileView } from "@/components/profile/profile-view";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";

export const generateMetadata = vendorMetadata("account.manage", async () => {
  const t = await getTranslations("profile");
  return { title: t("title") };
});

export default vendorPage("account.manage", async ({ ctx }) => <ProfileView user={ctx.user} />);
