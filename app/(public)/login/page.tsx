import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { LoginForm } from "@/components/auth/login-form";
import { Alert } from "@/components/ui/alert";
import { publicPage, type SearchParams } from "@/lib/auth/wrappers";
import { getSessionUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { resendVerificationAction } from "../verify-email/[token]/actions";
import { afterSignInAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export async function generateMetadata() {
  const t = await getTranslations("auth.login");
  return { title: t("metaTitle") };
}

function first(params: SearchParams, key: string): string | undefined {
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

export default publicPage(async ({ searchParams }) => {
  const t = await getTranslations("auth.login");
  const callbackUrl = first(searchParams, "callbackUrl");
  const signedOut = first(searchParams, "signedOut") === "1";
  // Someone already signed in has nothing to do here (unless they just signed out).
  if (!signedOut && (await getSessionUser())) redirect("/workspaces");

  const notice = first(searchParams, "reset") === "1" ? t("resetDone") : signedOut ? t("signedOut") : null;
  const signupEnabled = env().PUBLIC_SIGNUP_ENABLED;

  return (
    <AuthCard
      title={t("title")}
      description={t("description")}
      footer={
        signupEnabled ? (
          <p>
            {t("noAccount")}{" "}
            <Link
              href="/signup"
              className="font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800"
            >
              {t("createWorkspace")}
            </Link>
          </p>
        ) : undefined
      }
    >
      {notice && (
        <Alert tone="success" className="mb-5">
          {notice}
        </Alert>
      )}
      <ClientMessages namespaces={[...FORM_MESSAGES, "auth.login", "auth.password", "account"]}>
        <LoginForm
          callbackUrl={callbackUrl}
          initialError={first(searchParams, "error")}
          actions={{ afterSignIn: afterSignInAction, resendVerification: resendVerificationAction }}
        />
      </ClientMessages>
    </AuthCard>
  );
});
