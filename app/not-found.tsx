import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageState } from "@/components/shell/page-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: t("notFound.title") };
}

/** 404: unknown URLs and every `notFound()` without a closer not-found file. */
export default function NotFound() {
  return <PageState kind="notFound" />;
}
