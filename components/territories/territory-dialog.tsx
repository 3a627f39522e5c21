"use client";

import { useState } from "react";
import dynamic from "next/dynamic";
import { Pencil, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { DialogLoading } from "@/components/ui/dialog-loading";
import type { SelectOption } from "@/components/ui/select";
import type { ServerAction } from "@/lib/http/action-state";

const TerritoryForm = dynamic(() => import("./territory-form").then((module) => module.TerritoryForm), {
  loading: () => <DialogLoading />,
});

export type TerritoryDialogProps = {
  tenant: string;
  action: ServerAction;
  /** Possible parents (for an edit: not the territory itself). */
  parents: SelectOption[];
  /** Edit: the territory as loaded. */
  territory?: {
    id: string;
    name: string;
    description: string | null;
    parentId: string | null;
    version: number;
    path: string;
  };
  /** Create: the parent chosen in advance ("Add below"). */
  defaultParentId?: string;
  triggerLabel: string;
};

/** New territory, or rename / move one (with its version: a second tab's save is refused). */
export function TerritoryDialog({ triggerLabel, ...props }: TerritoryDialogProps) {
  const t = useTranslations("territories.form");
  const [open, setOpen] = useState(false);
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
        <Button
          variant={props.territory ? "secondary" : props.defaultParentId ? "secondary" : "primary"}
          size={props.territory || props.defaultParentId ? "sm" : "md"}
        >
          {props.territory ? <Pencil aria-hidden="true" /> : <Plus aria-hidden="true" />}
          {triggerLabel}
          {props.territory && <span className="sr-only"> ({props.territory.path})</span>}
        </Button>
      </DialogTrigger>
      <DialogContent title={props.territory ? t("editTitle") : t("newTitle")} description={t("description")}>
        <TerritoryForm key={round} {...props} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
