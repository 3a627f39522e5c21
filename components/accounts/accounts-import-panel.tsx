"use client";

import { useTranslations } from "next-intl";
import { ImportPanel, type ImportPanelProps } from "./import-panel";

/** The CSV import panel with the accounts' words. */
export function AccountsImportPanel(props: Omit<ImportPanelProps, "t">) {
  const t = useTranslations("accounts.import");
  return <ImportPanel {...props} t={t} />;
}
