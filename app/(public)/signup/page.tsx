import Link from "@/components/ui/link";
import { Building } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { SignupForm } from "@/components/auth/signup-form";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { publicPage } from "@/lib/auth/wrappers";
import { currencyOptions, timeZoneOptions } from "@/components/forms/options";
import { devMailboxEnabled, env } from "@/lib/env";
import { resendVerificationAction } from "../verify-email/[token]/actions";
import { signUpAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { QueryProvider } from "@/components/query-provider";

export async function generateMetadata() {
  const t = await getTranslations("auth.signup");
  return { title: t("metaTitle") };
}

export default publicPage(async () => {
  const t = await getTranslations("auth.signup");
  const signInLink = (
    <p>
      {t("haveAccount")}{" "}
      <Link href="/login" className="font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800">
        {t("signIn")}
      </Link>
    </p>
  );

  if (!env().PUBLIC_SIGNUP_ENABLED) {
    return (
      <AuthCard title={t("disabledTitle")} icon={<Building />}>
        <Alert tone="info" role="note">
          {t("disabledBody")}
        </Alert>
        <Link href="/login" className={buttonVariants({ className: "mt-6 w-full" })}>
          {t("signIn")}
        </Link>
      </AuthCard>
    );
  }

  // Labels are built here, not in the browser, so server and client render the same text.
  const locale = await getLocale();

  return (
    <AuthCard title={t("title")} description={t("description")} width="lg" footer={signInLink}>
      {/* TanStack Query for the workspace address check, the one query of the public pages. */}
      <QueryProvider>
        <ClientMessages
          namespaces={[...FORM_MESSAGES, "auth.signup", "auth.password", "account", "forms.country", "forms.timeZone"]}
        >
          <SignupForm
            host={new URL(env().APP_URL).host}
            mailboxHref={devMailboxEnabled() ? "/dev/mailbox" : undefined}
            currencyOptions={currencyOptions(locale)}
            timeZones={timeZoneOptions()}
            actions={{ signUp: signUpAction, resendVerification: resendVerificationAction }}
          />
        </ClientMessages>
      </QueryProvider>
    </AuthCard>
  );
});
