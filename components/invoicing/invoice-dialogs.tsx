"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { DialogShell } from "@/components/forms/dialog-shell";
import { Button } from "@/components/ui/button";
import { DialogLoading } from "@/components/ui/dialog-loading";
import type { CreditNoteFormProps } from "./credit-note-form";

// Loaded when a dialog first opens: the form kit and the schemas stay out of the page's first script.
const CreditNoteForm = dynamic(() => import("./credit-note-form").then((m) => m.CreditNoteForm), { loading: () => <DialogLoading /> });

/** "Issue credit note" on an invoice with an open balance. */
export function CreditNoteDialog(props: Omit<CreditNoteFormProps, "onDone">) {
  const t = useTranslations("invoicing.creditNote");
  return (
    <DialogShell trigger={<Button variant="secondary">{t("trigger")}</Button>} title={t("title")} description={t("description")} wide>
      <CreditNoteForm {...props} />
    </DialogShell>
  );
}
