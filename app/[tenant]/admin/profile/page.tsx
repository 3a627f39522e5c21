import { getTranslations } from "next-intl/server";
import { changePasswordAction, signOutEverywhereAction, updateProfileAction } from "@/app/actions/profile";
import { phoneFieldOptions } from "@/components/forms/options";
import { ProfileView } from "@/components/profile/profile-view";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";

export const generateMetadata = vendorMetadata("account.manage", async () => {
  const t = await getTranslations("profile");
  return { title: t("title") };
});

export default vendorPage("account.manage", async ({ ctx }) => (
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
