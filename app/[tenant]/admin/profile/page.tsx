import { getTranslations } from "next-intl/server";
import { ProfileView } from "@/components/profile/profile-view";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";

export const generateMetadata = vendorMetadata("dashboard.view", async () => {
  const t = await getTranslations("profile");
  return { title: t("title") };
});

// Every vendor role has dashboard.view, so this admits anyone with a back-office seat.
export default vendorPage("dashboard.view", async ({ ctx }) => <ProfileView user={ctx.user} />);
