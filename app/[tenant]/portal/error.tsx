"use client";

import { useParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { PageState } from "@/components/shell/page-state";

/** Unexpected errors in a portal page; the shell (from the layout) stays usable. */
export default function PortalError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("portal.error");
  const { tenant } = useParams<{ tenant: string }>();
  return (
    <PageState
      kind="error"
      frame="shell"
      description={t("description")}
      home={{ href: `/${tenant}/portal`, label: t("home") }}
      error={error}
      retry={retry}
    />
  );
}
