"use client";

import { useState } from "react";
import { Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import type { ServerAction } from "@/lib/http/action-state";
import { partnerProfileFields, updatePartnerProfileSchema } from "@/lib/partners/profile-schema";
import type { CompanyProfile } from "@/lib/partners/profile-types";

export type CompanyProfileDialogProps = {
  tenant: string;
  /** The vendor names the partner; a partner admin edits its own (no id sent). */
  partnerId?: string;
  profile: CompanyProfile;
  action: ServerAction;
};

/** "Edit profile": the company's details, saved with the version they were loaded at. */
export function CompanyProfileDialog(props: CompanyProfileDialogProps) {
  const t = useTranslations("partnerProfile.profile");
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
        <Button variant="secondary" size="sm">
          <Pencil aria-hidden="true" />
          {t("edit")}
        </Button>
      </DialogTrigger>
      <DialogContent title={t("editTitle")} description={t("editDescription")}>
        <CompanyProfileForm key={round} {...props} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

const FIELDS = [
  ["legalName", 200, "organization"],
  ["taxId", 40, "off"],
  ["website", 200, "url"],
  ["phone", 40, "tel"],
  ["industry", 80, "off"],
  ["addressLine1", 200, "address-line1"],
  ["addressLine2", 200, "address-line2"],
  ["city", 100, "address-level2"],
  ["region", 100, "address-level1"],
  ["postalCode", 20, "postal-code"],
] as const;

function CompanyProfileForm({ tenant, partnerId, profile, action, onDone }: CompanyProfileDialogProps & { onDone: () => void }) {
  const t = useTranslations("partnerProfile.profile");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: partnerId ? updatePartnerProfileSchema : partnerProfileFields,
    defaultValues: Object.fromEntries(FIELDS.map(([name]) => [name, profile[name] ?? ""])),
    hidden: { tenant, version: String(profile.version), ...(partnerId ? { partnerId } : {}) },
    onSuccess: () => {
      onDone();
      router.refresh();
    },
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map(([name, max, autoComplete]) => (
          <Field key={name} name={name} label={t(`fields.${name}`)} optional>
            <Input maxLength={max} autoComplete={autoComplete} inputMode={name === "phone" ? "tel" : undefined} />
          </Field>
        ))}
      </div>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">{t("cancel")}</Button>
        </DialogClose>
        <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
      </DialogFooter>
    </Form>
  );
}
