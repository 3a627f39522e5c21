"use client";

import { useTranslations } from "next-intl";
import { ImportPanel, type ImportPanelProps } from "@/components/accounts/import-panel";

/** The CSV import panel with the leads' words (all rows or none). */
export function LeadsImportPanel(props: Omit<ImportPanelProps, "t" | "owners">) {
  const t = useTranslations("leads.import");
  return <ImportPanel {...props} t={t} />;
}
