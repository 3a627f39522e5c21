"use client";

import { useParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { RouteError } from "@/components/backoffice/route-error";

/** Unexpected errors in a portal page; the shell (from the layout) stays usable. */
export default function PortalError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("portal.error");
  const { tenant } = useParams<{ tenant: string }>();
  return (
    <RouteError
      error={error}
      retry={retry}
      title={t("title")}
      description={t("description")}
      referenceLabel={t("reference")}
      retryLabel={t("retry")}
      homeHref={`/${tenant}/portal`}
      homeLabel={t("home")}
    />
  );
}
