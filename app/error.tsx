"use client";

import { useEffect } from "react";
import Link from "next/link";
import { ServerCrash } from "lucide-react";
import { useTranslations } from "next-intl";
import { Brand } from "@/components/shell/brand";
import { Button } from "@/components/ui/button";
import { StatusMessage } from "@/components/ui/status-message";

/** The server-side error id Next attaches to errors forwarded from server components. */
function digestOf(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string") {
    return error.digest;
  }
  return undefined;
}

/** 500 for any segment: a generic translated message plus the reference to quote to support. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("common");
  const digest = digestOf(error);

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="flex min-h-dvh flex-col">
      <header className="px-4 py-4 sm:px-6">
        <Link href="/" className="inline-flex rounded-lg">
          <Brand />
        </Link>
      </header>
      <main id="main-content" className="flex flex-1 items-center">
        <StatusMessage
          code={t("error.code")}
          title={t("error.title")}
          description={t("error.description")}
          icon={<ServerCrash />}
          actions={
            <>
              <Button size="lg" onClick={() => retry()}>
                {t("tryAgain")}
              </Button>
              <Button asChild size="lg" variant="secondary">
                <Link href="/">{t("backHome")}</Link>
              </Button>
            </>
          }
        >
          {digest && (
            <p>
              {t.rich("reference", {
                digest,
                code: (chunks) => (
                  <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-800 select-all">
                    {chunks}
                  </code>
                ),
              })}
            </p>
          )}
        </StatusMessage>
      </main>
    </div>
  );
}
