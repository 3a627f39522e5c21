"use client";

import { useState } from "react";
import { Pencil, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";
import { createTerritorySchema, updateTerritorySchema } from "@/lib/territories/schema";

export type TerritoryDialogProps = {
  tenant: string;
  action: ServerAction;
  /** Possible parents (for an edit: not the territory itself). */
  parents: SelectOption[];
  /** Edit: the territory as loaded. */
  territory?: { id: string; name: string; description: string | null; parentId: string | null; version: number; path: string };
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
        <Button variant={props.territory ? "secondary" : props.defaultParentId ? "secondary" : "primary"} size={props.territory || props.defaultParentId ? "sm" : "md"}>
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

function TerritoryForm({ tenant, action, parents, territory, defaultParentId, onDone }: Omit<TerritoryDialogProps, "triggerLabel"> & { onDone: () => void }) {
  const t = useTranslations("territories.form");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: territory ? updateTerritorySchema : createTerritorySchema,
    defaultValues: {
      name: territory?.name ?? "",
      description: territory?.description ?? "",
      parentId: territory?.parentId ?? defaultParentId ?? "",
    },
    hidden: territory ? { tenant, territoryId: territory.id, version: String(territory.version) } : { tenant },
    onSuccess: () => {
      onDone();
      router.refresh();
    },
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <Field name="name" label={t("name")} required>
        <Input maxLength={80} />
      </Field>
      <Field name="parentId" label={t("parent")} hint={t("parentHint")}>
        <Select options={[{ value: "", label: t("root") }, ...parents]} />
      </Field>
      <Field name="description" label={t("descriptionLabel")} optional>
        <Textarea rows={3} maxLength={500} />
      </Field>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">{t("cancel")}</Button>
        </DialogClose>
        <FormSubmit pendingText={t("saving")}>{territory ? t("save") : t("create")}</FormSubmit>
      </DialogFooter>
    </Form>
  );
}
