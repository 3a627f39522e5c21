import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ArrowLeft, Inbox, Search } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { MailboxMessage } from "@/components/auth/mailbox-message";
import { changeLocaleAction } from "@/app/actions/locale";
import { PublicFrame } from "@/components/auth/public-frame";
import { Button, buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { publicPage } from "@/lib/auth/wrappers";
import { env } from "@/lib/env";
import { listMailbox, mailboxReader } from "@/lib/mailbox/service";

const LIMIT = 50;

export async function generateMetadata() {
  const t = await getTranslations("mailbox");
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * Development mailbox: e-mails Canal captured because no SMTP server is configured.
 * Public as a route, but lib/mailbox/service.ts decides per request who may read what
 * (loopback clients, or tenant admins for their tenants' messages): anyone else gets 404.
 */
export default publicPage(async ({ searchParams }) => {
  const reader = await mailboxReader();
  if (!reader) notFound();
  const t = await getTranslations("mailbox");
  const raw = Array.isArray(searchParams.to) ? searchParams.to[0] : searchParams.to;
  const to = raw?.trim().toLowerCase().slice(0, 254) || undefined;
  // One extra row tells whether older messages exist beyond the cap.
  const rows = await listMailbox(reader, { to, take: LIMIT + 1 });
  const messages = rows.slice(0, LIMIT);
  const appOrigin = new URL(env().APP_URL).origin;
  const now = new Date();
  // Only a path on this site (never "//host" or a URL) is offered as the way back.
  const rawBack = Array.isArray(searchParams.back) ? searchParams.back[0] : searchParams.back;
  const back = rawBack && /^\/(?![/\\])[^\s]*$/.test(rawBack) ? rawBack : undefined;

  return (
    <PublicFrame changeLocale={changeLocaleAction}>
      <div className="mx-auto w-full max-w-4xl px-4 py-8 sm:px-6 sm:py-12">
        <Link
          href={back ?? "/"}
          className="mb-4 inline-flex min-h-11 items-center gap-1 rounded text-sm font-medium text-brand-700 hover:underline"
        >
          <ArrowLeft aria-hidden="true" className="size-4" />
          {back ? t("back") : t("home")}
        </Link>
        <PageHeader title={t("title")} description={t("description")} />
        <form
          method="get"
          action="/dev/mailbox"
          role="search"
          aria-label={t("filterLabel")}
          className="mb-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:flex sm:items-end sm:gap-3"
        >
          {back && <input type="hidden" name="back" value={back} />}
          <FormField label={t("recipient")} hint={t("recipientHint")} className="sm:flex-1">
            <Input name="to" type="email" inputMode="email" autoComplete="off" defaultValue={to ?? ""} />
          </FormField>
          <div className="mt-3 flex gap-2 sm:mt-0">
            <Button type="submit" variant="secondary" className="flex-1 sm:flex-none">
              <Search aria-hidden="true" />
              {t("filter")}
            </Button>
            {to && (
              <Link
                href={back ? `/dev/mailbox?back=${encodeURIComponent(back)}` : "/dev/mailbox"}
                className={buttonVariants({ variant: "ghost", className: "flex-1 sm:flex-none" })}
              >
                {t("clear")}
              </Link>
            )}
          </div>
        </form>
        <p className="mb-4 text-sm text-slate-700">
          {to ? t("countTo", { count: messages.length, email: to }) : t("count", { count: messages.length })}
          {rows.length > LIMIT && <> {t("capped", { limit: LIMIT })}</>}
        </p>
        {messages.length === 0 ? (
          <EmptyState
            icon={<Inbox />}
            title={to ? t("emptyFilteredTitle", { email: to }) : t("emptyTitle")}
            description={to ? t("emptyFilteredBody") : t("emptyBody")}
          />
        ) : (
          <ol className="space-y-4" aria-label={t("listLabel")}>
            {messages.map((message) => (
              <li key={message.id}>
                <MailboxMessage message={message} appOrigin={appOrigin} now={now} />
              </li>
            ))}
          </ol>
        )}
      </div>
    </PublicFrame>
  );
});
