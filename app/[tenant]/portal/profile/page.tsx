import { getTranslations } from "next-intl/server";
import { changePasswordAction, signOutEverywhereAction, updateProfileAction } from "@/app/actions/profile";
import { phoneFieldOptions } from "@/components/forms/options";
import { ProfileView } from "@/components/profile/profile-view";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";

export const generateMetadata = partnerMetadata("account.manage", async () => {
  const t = await getTranslations("profile");
  return { title: t("title") };
});

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
