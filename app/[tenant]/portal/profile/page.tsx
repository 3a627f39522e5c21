import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { changePasswordAction, signOutEverywhereAction, updateProfileAction } from "@/app/actions/profile";
import { phoneFieldOptions } from "@/components/forms/options";
import { ProfileView } from "@/components/profile/profile-view";
import { partnerPage } from "@/lib/auth/wrappers";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("title") };
}

export default partnerPage("account.manage", async ({ ctx }) => (
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
