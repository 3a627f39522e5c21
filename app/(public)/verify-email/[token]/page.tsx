import Link from "@/components/ui/link";
import { Link2Off, MailCheck } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { VerifyEmailForm } from "@/components/auth/verify-email-form";
import { buttonVariants } from "@/components/ui/button";
import { publicPage } from "@/lib/auth/wrappers";
import { describeSignup } from "@/lib/tenancy/signup";
import { afterSignInAction } from "../../login/actions";
import { completeSignupAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export async function generateMetadata() {
  const t = await getTranslations("account.verify");
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * The link of a sign-up's verification e-mail. Opening it changes nothing (mail scanners
 * open links too): the person confirms with their password, which creates the workspace.
 */
export default publicPage<{ token: string }>(async ({ params }) => {
  const t = await getTranslations("account.verify");
  // Tokens are short; anything longer cannot be one of ours and needs no database lookup.
  const signup = params.token.length <= 200 ? await describeSignup(params.token) : null;

  if (!signup) {
    return (
      <AuthCard title={t("invalidTitle")} description={t("invalidBody")} icon={<Link2Off />}>
        <div className="flex flex-col gap-2 sm:flex-row">
          <Link href="/login" className={buttonVariants({ className: "flex-1" })}>
            {t("goToSignIn")}
          </Link>
          <Link href="/signup" className={buttonVariants({ variant: "secondary", className: "flex-1" })}>
            {t("signUpAgain")}
          </Link>
        </div>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t("title", { tenant: signup.tenantName })} description={t("description")} icon={<MailCheck />}>
      <ClientMessages namespaces={[...FORM_MESSAGES, "account.verify", "auth.password"]}>
        <VerifyEmailForm
          token={params.token}
          email={signup.email}
          actions={{ complete: completeSignupAction, afterSignIn: afterSignInAction }}
        />
      </ClientMessages>
    </AuthCard>
  );
});
