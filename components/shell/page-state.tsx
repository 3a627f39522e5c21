"use client";

/*
 * A client component although most of it could render on the server: Next puts the root
 * not-found and forbidden states in EVERY page's payload (they are the boundaries of the
 * root segment), so as server components they were rendered and serialized on each
 * request (≈ 5.7 KB of payload and their render time); as a client component each is a
 * reference with its `kind`. Its code is in every page's script anyway (error.tsx).
 */
import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { Compass, RotateCcw, ServerCrash, ShieldBan } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { StatusMessage } from "@/components/ui/status-message";
import { Brand } from "./brand";
import { ErrorLog } from "./error-log";

export type PageStateKind = "forbidden" | "notFound" | "error";

export type PageStateProps = {
  kind: PageStateKind;
  /**
   * "page": a page of its own, with the brand header (app/not-found.tsx, forbidden.tsx,
   * error.tsx); "shell": inside the back office or portal frame, which stays usable.
   */
  frame?: "page" | "shell";
  /** Where "back" goes and what it says (e.g. the dashboard of this area). */
  home?: { href: string; label: string };
  /** Words for this audience instead of the standard ones (e.g. "contact your vendor"). */
  description?: string;
  /** Error boundaries: the thrown error (its digest is shown as a reference) and a retry. */
  error?: unknown;
  retry?: () => void;
};

const ICONS: Record<PageStateKind, ReactNode> = {
  forbidden: <ShieldBan />,
  notFound: <Compass />,
  error: <ServerCrash />,
};

/** The server-side error id Next attaches to errors forwarded from server components. */
function digestOf(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string") {
    return error.digest;
  }
  return undefined;
}

/**
 * One component for the three page states: 403 (no access), 404 (not there) and 500
 * (something broke, with the reference support needs and a retry). Renders the page's <h1>.
 */
export function PageState({ kind, frame = "page", home, description, error, retry }: PageStateProps) {
  const t = useTranslations("common");
  const digest = digestOf(error);
  const back = home ?? { href: "/", label: t("backHome") };

  const message = (
    <StatusMessage
      code={t(`${kind}.code`)}
      title={t(`${kind}.title`)}
      description={description ?? t(`${kind}.description`)}
      icon={ICONS[kind]}
      className={frame === "shell" ? "py-10 sm:py-16" : undefined}
      actions={
        <>
          {retry && (
            <Button size="lg" onClick={() => retry()}>
              <RotateCcw aria-hidden="true" />
              {t("tryAgain")}
            </Button>
          )}
          <Button asChild size="lg" variant={retry ? "secondary" : "primary"}>
            <Link href={back.href}>{back.label}</Link>
          </Button>
        </>
      }
    >
      {error !== undefined && <ErrorLog error={error} />}
      {digest &&
        t.rich("reference", {
          digest,
          code: (chunks) => (
            <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-800 select-all">{chunks}</code>
          ),
        })}
    </StatusMessage>
  );

  if (frame === "shell") return message;
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="px-4 py-4 sm:px-6">
        <Link href="/" className="inline-flex rounded-lg">
          <Brand />
        </Link>
      </header>
      <main id="main-content" className="flex flex-1 items-center">
        {message}
      </main>
    </div>
  );
}
