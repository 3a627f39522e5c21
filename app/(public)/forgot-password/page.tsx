import Link from "@/components/ui/link";
import { KeyRound } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { publicPage } from "@/lib/auth/wrappers";
import { devMailboxEnabled } from "@/lib/env";
import { requestResetAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export async function generateMetadata() {
  const t = await getTranslations("auth.forgot");
  return { title: t("metaTitle") };
}

export default publicPage(async () => {
  const t = await getTranslations("auth.forgot");
  return (
    <AuthCard
      title={t("title")}
      description={t("description")}
      icon={<KeyRound />}
      footer={
        <Link href="/login" className="font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800">
          {t("backToSignIn")}
        </Link>
      }
    >
      <ClientMessages namespaces={[...FORM_MESSAGES, "auth.forgot"]}>
        <ForgotPasswordForm
          action={requestResetAction}
          mailboxHref={devMailboxEnabled() ? "/dev/mailbox" : undefined}
        />
      </ClientMessages>
    </AuthCard>
  );
});
