import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { changePasswordAction, signOutEverywhereAction, updateProfileAction } from "@/app/actions/profile";
import { phoneFieldOptions } from "@/components/forms/options";
import { ProfileView } from "@/components/profile/profile-view";
import { vendorPage } from "@/lib/auth/wrappers";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("title") };
}

// Every vendor role has dashboard.view, so this admits anyone with a back-office seat.
export default vendorPage("dashboard.view", async ({ ctx }) => (
  <ProfileView
    user={ctx.user}
    {...await phoneFieldOptions()}
    actions={{
      updateProfile: updateProfileAction,
      changePassword: changePasswordAction,
      signOutEverywhere: signOutEverywhereAction,
    }}
  />
));
