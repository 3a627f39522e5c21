"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { TerritoryDialogProps } from "./territory-dialog";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadCreateTerritory = () => import("@/lib/territories/schema").then((module) => module.createTerritorySchema);
const loadUpdateTerritory = () => import("@/lib/territories/schema").then((module) => module.updateTerritorySchema);

/** The form inside TerritoryDialog, loaded when the dialog first opens. */
export function TerritoryForm({
  tenant,
  action,
  parents,
  territory,
  defaultParentId,
  onDone,
}: Omit<TerritoryDialogProps, "triggerLabel"> & { onDone?: () => void }) {
  const t = useTranslations("territories.form");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: territory ? loadUpdateTerritory : loadCreateTerritory,
    defaultValues: {
      name: territory?.name ?? "",
      description: territory?.description ?? "",
      parentId: territory?.parentId ?? defaultParentId ?? "",
    },
    hidden: territory ? { tenant, territoryId: territory.id, version: String(territory.version) } : { tenant },
    onSuccess: () => {
      onDone?.();
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
