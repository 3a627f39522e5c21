"use client";

import type { ReactElement } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { DialogShell } from "@/components/forms/dialog-shell";
import { Input } from "@/components/ui/input";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadBrand = () => import("@/lib/catalog/schema").then((module) => module.brandSchema);
const loadFamily = () => import("@/lib/catalog/schema").then((module) => module.familySchema);
const loadRenameBrand = () => import("@/lib/catalog/schema").then((module) => module.renameBrandSchema);
const loadRenameFamily = () => import("@/lib/catalog/schema").then((module) => module.renameFamilySchema);

type Common = { tenant: string; action: ServerAction; onDone?: () => void };

/** A new brand, or a brand's new name. */
export function BrandForm({ tenant, action, brand, onDone }: Common & { brand?: { id: string; name: string } }) {
  const t = useTranslations("catalog.taxonomy");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: brand ? loadRenameBrand : loadBrand,
    defaultValues: { name: brand?.name ?? "" },
    hidden: brand ? { tenant, brandId: brand.id } : { tenant },
    onSuccess: () => {
      if (!brand) kit.form.reset({ name: "" });
      onDone?.();
      router.refresh();
    },
  });
  return (
    <Form kit={kit} className="space-y-3">
      <FormAlert success={brand ? undefined : t("brandAdded")} />
      <Field name="name" label={t("brandName")} required>
        <Input maxLength={80} />
      </Field>
      <FormSubmit pendingText={t("saving")}>{brand ? t("rename") : t("addBrand")}</FormSubmit>
    </Form>
  );
}

/** A new family, or a family's new names. */
export function FamilyForm({ tenant, action, family, onDone }: Common & { family?: { id: string; nameEn: string; nameEs: string } }) {
  const t = useTranslations("catalog.taxonomy");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: family ? loadRenameFamily : loadFamily,
    defaultValues: { nameEn: family?.nameEn ?? "", nameEs: family?.nameEs ?? "" },
    hidden: family ? { tenant, familyId: family.id } : { tenant },
    onSuccess: () => {
      if (!family) kit.form.reset({ nameEn: "", nameEs: "" });
      onDone?.();
      router.refresh();
    },
  });
  return (
    <Form kit={kit} className="space-y-3">
      <FormAlert success={family ? undefined : t("familyAdded")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="nameEn" label={t("nameEn")} required>
          <Input maxLength={80} lang="en" />
        </Field>
        <Field name="nameEs" label={t("nameEs")} required>
          <Input maxLength={80} lang="es" />
        </Field>
      </div>
      <FormSubmit pendingText={t("saving")}>{family ? t("rename") : t("addFamily")}</FormSubmit>
    </Form>
  );
}

/**
 * "Rename" beside a brand or family, with its form in a dialog (a fresh form on every
 * opening). The forms stay in this module: the page shows the "add" forms inline anyway.
 */
function RenameDialog({ title, context, children }: { title: string; context: string; children: ReactElement<{ onDone?: () => void }> }) {
  const t = useTranslations("catalog.taxonomy");
  return (
    <DialogShell
      trigger={
        <Button variant="secondary" size="sm">
          {t("rename")}
          <span className="sr-only"> ({context})</span>
        </Button>
      }
      title={title}
    >
      {children}
    </DialogShell>
  );
}

export function RenameBrandDialog({ tenant, action, brand }: Common & { brand: { id: string; name: string } }) {
  const t = useTranslations("catalog.taxonomy");
  return (
    <RenameDialog title={t("renameBrand")} context={brand.name}>
      <BrandForm tenant={tenant} action={action} brand={brand} />
    </RenameDialog>
  );
}

export function RenameFamilyDialog({ tenant, action, family }: Common & { family: { id: string; nameEn: string; nameEs: string } }) {
  const t = useTranslations("catalog.taxonomy");
  return (
    <RenameDialog title={t("renameFamily")} context={family.nameEn}>
      <FamilyForm tenant={tenant} action={action} family={family} />
    </RenameDialog>
  );
}
