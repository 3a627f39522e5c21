import { useTranslations } from "next-intl";
import { changePasswordAction, signOutEverywhereAction, updateProfileAction } from "@/app/actions/profile";
import { ProfileTabs } from "@/components/notifications/profile-tabs";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { SessionUser } from "@/lib/auth/context";
import { PasswordForm } from "./password-form";
import { ProfileForm } from "./profile-form";
import { SignOutEverywhere } from "./sign-out-everywhere";

/** The profile page, identical in the back office and the partner portal. */
export function ProfileView({ user }: { user: SessionUser }) {
  const t = useTranslations("profile");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ProfileTabs />
      <div className="grid max-w-3xl gap-6">
        <Card>
          <CardHeader>
            <CardTitle>{t("details.title")}</CardTitle>
            <CardDescription>{t("details.description")}</CardDescription>
          </CardHeader>
          <ProfileForm action={updateProfileAction} user={user} />
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("password.title")}</CardTitle>
            <CardDescription>{t("password.description")}</CardDescription>
          </CardHeader>
          <PasswordForm action={changePasswordAction} />
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("sessions.title")}</CardTitle>
            <CardDescription>{t("sessions.description")}</CardDescription>
          </CardHeader>
          <CardContent>
            <SignOutEverywhere action={signOutEverywhereAction} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
