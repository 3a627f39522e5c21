import Link from "@/components/ui/link";
import { KeyRound } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { publicPage } from "@/lib/auth/wrappers";
import { resetPasswordAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export async function generateMetadata() {
  const t = await getTranslations("auth.reset");
  return { title: t("metaTitle") };
}

export default publicPage<{ token: string }>(async ({ params }) => {
  const t = await getTranslations("auth.reset");
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
      <ClientMessages namespaces={[...FORM_MESSAGES, "auth.reset", "auth.password"]}>
        <ResetPasswordForm token={params.token} action={resetPasswordAction} />
      </ClientMessages>
    </AuthCard>
  );
});
