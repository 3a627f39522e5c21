import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { Waypoints } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { LanguageToggle } from "@/components/i18n/language-toggle";
import type { ServerAction } from "@/lib/http/action-state";

/**
 * The frame of every page outside a workspace (landing, sign-in, sign-up, workspace
 * chooser, dev mailbox): wordmark, language switch, one main landmark and a footer.
 * Kept neutral so the landing page can fill the main area edge to edge.
 */
export async function PublicFrame({ changeLocale, children }: { changeLocale: ServerAction; children: ReactNode }) {
  const t = await getTranslations("common");
  const tf = await getTranslations("auth.frame");
  const year = new Date().getFullYear();
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only rounded-lg bg-white px-4 py-3 text-sm font-medium text-brand-800 shadow-lg focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50"
      >
        {t("skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-3 px-4 sm:px-6">
          <Link
            href="/"
            className="-mx-1 inline-flex min-h-11 items-center gap-2 rounded-lg px-1 text-lg font-semibold tracking-tight text-slate-900"
          >
            <span
              aria-hidden="true"
              className="flex size-8 items-center justify-center rounded-lg bg-brand-700 text-white"
            >
              <Waypoints className="size-5" />
            </span>
            <span>{t("appName")}</span>
            <span className="sr-only"> — {t("home")}</span>
          </Link>
          <LanguageToggle action={changeLocale} />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="flex flex-1 flex-col">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-col gap-1 px-4 py-6 text-sm text-slate-600 sm:flex-row sm:items-center sm:justify-between sm:px-6">
          <p>{t("tagline")}</p>
          <p>{tf("copyright", { year })}</p>
        </div>
      </footer>
    </div>
  );
}
