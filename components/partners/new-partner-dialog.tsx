"use client";

import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { DialogShell } from "@/components/forms/dialog-shell";
import { DialogLoading } from "@/components/ui/dialog-loading";
import { Button } from "@/components/ui/button";
import type { ComboboxOption } from "@/components/ui/combobox";
import type { SelectOption } from "@/components/ui/select";
import type { ServerAction } from "@/lib/http/action-state";

const NewPartnerForm = dynamic(() => import("./new-partner-form").then((module) => module.NewPartnerForm), {
  loading: () => <DialogLoading />,
});

export type NewPartnerDialogProps = {
  tenant: string;
  action: ServerAction;
  types: SelectOption[];
  /** From countryOptions(): searchable, in the reader's language. */
  countries: ComboboxOption[];
  /** Opens at once, e.g. when arriving from "Create your first partner". */
  defaultOpen?: boolean;
  triggerLabel: string;
};

/**
 * "New partner": name, type and country; success opens the new partner's page. Only the
 * button loads with the page; the dialog and the form load when it is first opened.
 */
export function NewPartnerDialog({ defaultOpen = false, triggerLabel, ...props }: NewPartnerDialogProps) {
  const t = useTranslations("partners.new");
  return (
    <DialogShell
      trigger={
        <Button>
          <Plus aria-hidden="true" />
          {triggerLabel}
        </Button>
      }
      title={t("title")}
      description={t("description")}
      defaultOpen={defaultOpen}
    >
      <NewPartnerForm {...props} />
    </DialogShell>
  );
}
