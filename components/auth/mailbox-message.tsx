import { getFormatter, getTranslations } from "next-intl/server";
import { LinkifiedText } from "./linkified-text";

export type CapturedEmail = {
  id: string;
  /** "EMAIL" or "SMS" */
  channel: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  createdAt: Date;
};

/** One captured e-mail: who it was for, when, and its text with working links. */
export async function MailboxMessage({
  message,
  appOrigin,
  now,
}: {
  message: CapturedEmail;
  appOrigin: string;
  now: Date;
}) {
  const t = await getTranslations("mailbox");
  const format = await getFormatter();
  const headingId = `mail-${message.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <header className="flex flex-col gap-2 border-b border-slate-200 px-4 py-3 sm:flex-row sm:items-start sm:justify-between sm:px-6 sm:py-4">
        <div className="min-w-0">
          <h2 id={headingId} className="text-base font-semibold break-words text-slate-900">
            {message.channel === "SMS" ? t("smsHeading") : message.subject}
          </h2>
          <p className="mt-0.5 text-sm break-all text-slate-600">
            <span className="font-medium text-slate-700">{t("to")}:</span> {message.to}
          </p>
        </div>
        <p className="shrink-0 text-sm text-slate-600">
          <span className="sr-only">{t("received")}: </span>
          <time
            dateTime={message.createdAt.toISOString()}
            title={format.dateTime(message.createdAt, {
              dateStyle: "full",
              timeStyle: "long",
            })}
          >
            {format.dateTime(message.createdAt, {
              month: "short",
              day: "numeric",
              hour: "2-digit",
              minute: "2-digit",
              second: "2-digit",
              timeZoneName: "short",
            })}
          </time>
          <span className="block text-xs sm:text-right">{format.relativeTime(message.createdAt, now)}</span>
        </p>
      </header>
      <div className="px-4 py-4 sm:px-6">
        <p className="text-sm leading-relaxed break-words whitespace-pre-wrap text-slate-800">
          <LinkifiedText text={message.text} appOrigin={appOrigin} />
        </p>
        {message.html && (
          <details className="mt-4 rounded-lg border border-slate-200">
            <summary className="flex min-h-11 cursor-pointer items-center rounded-lg px-3 text-sm font-medium text-slate-800 hover:bg-slate-50 sm:min-h-9">
              {t("showHtml")}
            </summary>
            {/* sandbox="" : no scripts, forms, popups or navigation from the e-mail's HTML. */}
            <iframe
              sandbox=""
              srcDoc={message.html}
              title={t("htmlFrameTitle", { subject: message.subject })}
              loading="lazy"
              className="h-[28rem] w-full rounded-b-lg border-t border-slate-200 bg-white"
            />
          </details>
        )}
      </div>
    </article>
  );
}
