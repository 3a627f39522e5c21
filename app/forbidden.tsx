import type { Metadata } from "next";
import Link from "next/link";
import { ShieldBan } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Brand } from "@/components/shell/brand";
import { Button } from "@/components/ui/button";
import { StatusMessage } from "@/components/ui/status-message";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: t("forbidden.title") };
}

/** 403: rendered by `forbidden()` (experimental.authInterrupts). */
export default async function Forbidden() {
  const t = await getTranslations("common");
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="px-4 py-4 sm:px-6">
        <Link href="/" className="inline-flex rounded-lg">
          <Brand />
        </Link>
      </header>
      <main id="main-content" className="flex flex-1 items-center">
        <StatusMessage
          code={t("forbidden.code")}
          title={t("forbidden.title")}
          description={t("forbidden.description")}
          icon={<ShieldBan />}
          actions={
            <Button asChild size="lg">
              <Link href="/">{t("backHome")}</Link>
            </Button>
          }
        />
      </main>
    </div>
  );
}
