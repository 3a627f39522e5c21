import Link from "@/components/ui/link";
import { Link2Off, MailX } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { UnsubscribeForm } from "@/components/notifications/unsubscribe-form";
import { eventLabel } from "@/lib/notify/texts";
import { buttonVariants } from "@/components/ui/button";
import { publicPage } from "@/lib/auth/wrappers";
import { unsubscribeAction } from "./actions";
import { describeUnsubscribe } from "@/lib/notify/service";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

/**
 * Preferences live inside a workspace (…/profile/notifications); the chooser takes a
 * signed-out reader through sign-in and lets them pick one.
 */
const SETTINGS_HREF = "/workspaces";

export async function generateMetadata() {
  const t = await getTranslations("notifications.unsubscribe");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default publicPage<{ token: string }>(async ({ params }) => {
  const t = await getTranslations("notifications");
  // Anything longer cannot be one of our tokens and needs no lookup.
  const target = params.token.length <= 300 ? await describeUnsubscribe(params.token) : null;

  if (!target) {
    return (
      <AuthCard title={t("unsubscribe.invalidTitle")} description={t("unsubscribe.invalidBody")} icon={<Link2Off />}>
        <Link href={SETTINGS_HREF} className={buttonVariants({ variant: "secondary", className: "w-full" })}>
          {t("unsubscribe.manage")}
        </Link>
      </AuthCard>
    );
  }

  const event = eventLabel(t, target.eventType);
  return (
    <AuthCard
      title={t("unsubscribe.title")}
      description={t("unsubscribe.description", { email: target.email, event })}
      icon={<MailX />}
    >
      <ClientMessages namespaces={[...FORM_MESSAGES, "notifications.unsubscribe"]}>
        <UnsubscribeForm token={params.token} event={event} settingsHref={SETTINGS_HREF} action={unsubscribeAction} />
      </ClientMessages>
    </AuthCard>
  );
});
