"use client";

import { useEffect, useSyncExternalStore } from "react";
import en from "@/lib/i18n/messages/en/common.json";
import es from "@/lib/i18n/messages/es/common.json";
import { LOCALE_COOKIE, defaultLocale, isLocale, matchAcceptLanguage, type Locale } from "@/lib/i18n/config";
import "./globals.css";

/**
 * Replaces the root layout when it fails, so there is no translation provider here: the
 * texts come straight from the `common` catalogs, in the cookie's or browser's language.
 */
const catalogs = { en, es } satisfies Record<Locale, typeof en>;

function detectLocale(): Locale {
  const cookie = document.cookie
    .split("; ")
    .find((entry) => entry.startsWith(`${LOCALE_COOKIE}=`))
    ?.split("=")[1];
  if (isLocale(cookie)) return cookie;
  return matchAcceptLanguage(navigator.languages.join(",")) ?? defaultLocale;
}

const subscribe = () => () => {};

function digestOf(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string") {
    return error.digest;
  }
  return undefined;
}

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const locale = useSyncExternalStore(subscribe, detectLocale, () => defaultLocale);
  const t = catalogs[locale];
  const digest = digestOf(error);

  useEffect(() => {
    console.error(error);
  }, [error]);

  const [before, after = ""] = t.reference.split("<code>{digest}</code>");

  return (
    <html lang={locale}>
      <body>
        <title>{`${t.error.title} · ${t.appName}`}</title>
        <main className="mx-auto flex min-h-dvh max-w-lg flex-col items-center justify-center px-4 text-center">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t.error.code}</p>
          <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">{t.error.title}</h1>
          <p className="mt-3 text-base text-slate-600">{t.error.description}</p>
          <div className="mt-8 flex flex-col gap-3 sm:flex-row">
            <button
              type="button"
              onClick={() => retry()}
              className="min-h-12 rounded-lg bg-brand-700 px-6 font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
            >
              {t.tryAgain}
            </button>
            {/* A full page load on purpose: the app's router may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a
              href="/"
              className="inline-flex min-h-12 items-center justify-center rounded-lg border border-slate-300 bg-white px-6 font-medium text-slate-900 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
            >
              {t.backHome}
            </a>
          </div>
          {digest && (
            <p className="mt-6 text-sm text-slate-600">
              {before}
              <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-800 select-all">{digest}</code>
              {after}
            </p>
          )}
        </main>
      </body>
    </html>
  );
}
