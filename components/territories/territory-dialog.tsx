"use client";

import dynamic from "next/dynamic";
import { Pencil, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { DialogShell } from "@/components/forms/dialog-shell";
import { Button } from "@/components/ui/button";
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
  const small = Boolean(props.territory || props.defaultParentId);
  return (
    <DialogShell
      trigger={
        <Button variant={small ? "secondary" : "primary"} size={small ? "sm" : "md"}>
          {props.territory ? <Pencil aria-hidden="true" /> : <Plus aria-hidden="true" />}
          {triggerLabel}
          {props.territory && <span className="sr-only"> ({props.territory.path})</span>}
        </Button>
      }
      title={props.territory ? t("editTitle") : t("newTitle")}
      description={t("description")}
    >
      <TerritoryForm {...props} />
    </DialogShell>
  );
}
