"use client";

import { useParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { PageState } from "@/components/shell/page-state";

/** Unexpected errors in a back-office page; the shell (from the layout) stays usable. */
export default function AdminError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("admin.error");
  const { tenant } = useParams<{ tenant: string }>();
  return (
    <PageState
      kind="error"
      frame="shell"
      description={t("description")}
      home={{ href: `/${tenant}/admin`, label: t("home") }}
      error={error}
      retry={retry}
    />
  );
}
