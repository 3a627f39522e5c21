import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageState } from "@/components/shell/page-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: t("forbidden.title") };
}

/** 403: rendered by `forbidden()` (experimental.authInterrupts). */
export default function Forbidden() {
  return <PageState kind="forbidden" />;
}
