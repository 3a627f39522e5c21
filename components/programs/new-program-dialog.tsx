"use client";

import dynamic from "next/dynamic";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { DialogLoading } from "@/components/ui/dialog-loading";
import type { ServerAction } from "@/lib/http/action-state";
import { FormDialog } from "./form-dialog";

// Loaded when the dialog first opens: the form kit and the schemas stay out of the list's first script.
const NewProgramForm = dynamic(() => import("./program-form").then((module) => module.NewProgramForm), {
  loading: () => <DialogLoading />,
});

/** "New program": name, description, how partners are activated; opens the new program. */
export function NewProgramDialog({ tenant, action, triggerLabel }: { tenant: string; action: ServerAction; triggerLabel: string }) {
  const t = useTranslations("programs.definition");
  return (
    <FormDialog
      triggerLabel={triggerLabel}
      triggerVariant="primary"
      triggerSize="md"
      triggerIcon={<Plus aria-hidden="true" />}
      title={t("newTitle")}
      description={t("newDescription")}
    >
      <NewProgramForm tenant={tenant} action={action} />
    </FormDialog>
  );
}
