import Link from "@/components/ui/link";
import { LogIn, Link2Off, UserPlus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { InviteForm } from "@/components/auth/invite-form";
import { buttonVariants } from "@/components/ui/button";
import { publicPage } from "@/lib/auth/wrappers";
import { describeInvitation } from "@/lib/users/invitation-link";
import { afterSignInAction } from "../../login/actions";
import { acceptInvitationAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export async function generateMetadata() {
  const t = await getTranslations("auth.invite");
  return { title: t("metaTitle") };
}

export default publicPage<{ token: string }>(async ({ params }) => {
  const t = await getTranslations("auth.invite");
  // Tokens are short; anything longer cannot be one of ours and needs no database lookup.
  const invitation = params.token.length <= 200 ? await describeInvitation(params.token) : null;

  if (!invitation) {
    return (
      <AuthCard title={t("invalidTitle")} description={t("invalidBody")} icon={<Link2Off />}>
        <Link href="/login" className={buttonVariants({ variant: "secondary", className: "w-full" })}>
          {t("goToSignIn")}
        </Link>
      </AuthCard>
    );
  }

  // An existing login is never given a new password by an invitation link: it signs in
  // and accepts on its workspace chooser.
  if (invitation.hasLogin) {
    const ta = await getTranslations("account.inviteSignIn");
    return (
      <AuthCard
        title={ta("title", { tenant: invitation.tenantName })}
        description={ta("body", { email: invitation.email })}
        icon={<LogIn />}
      >
        <Link href="/login?callbackUrl=%2Fworkspaces" className={buttonVariants({ className: "w-full" })}>
          {ta("signIn")}
        </Link>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title={t("title", { tenant: invitation.tenantName })}
      description={t("description", { tenant: invitation.tenantName })}
      icon={<UserPlus />}
    >
      <ClientMessages namespaces={[...FORM_MESSAGES, "auth.invite", "auth.password"]}>
        <InviteForm
          token={params.token}
          email={invitation.email}
          name={invitation.name}
          actions={{ accept: acceptInvitationAction, afterSignIn: afterSignInAction }}
        />
      </ClientMessages>
    </AuthCard>
  );
});
