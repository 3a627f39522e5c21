"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { DialogLoading } from "@/components/ui/dialog-loading";
import { Button } from "@/components/ui/button";
import type { ComboboxOption } from "@/components/ui/combobox";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
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

/** "New partner": name, type and country; success opens the new partner's page. */
export function NewPartnerDialog({ defaultOpen = false, triggerLabel, ...props }: NewPartnerDialogProps) {
  const t = useTranslations("partners.new");
  const [open, setOpen] = useState(defaultOpen);
  const [round, setRound] = useState(0);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setRound((value) => value + 1);
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" />
          {triggerLabel}
        </Button>
      </DialogTrigger>
      <DialogContent title={t("title")} description={t("description")}>
        <NewPartnerForm key={round} {...props} />
      </DialogContent>
    </Dialog>
  );
}
