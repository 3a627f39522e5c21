"use client";

import dynamic from "next/dynamic";
import { Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import { DialogShell } from "@/components/forms/dialog-shell";
import { Button } from "@/components/ui/button";
import { DialogLoading } from "@/components/ui/dialog-loading";
import type { ServerAction } from "@/lib/http/action-state";
import type { CompanyProfile } from "@/lib/partners/profile-types";

const CompanyProfileForm = dynamic(() => import("./company-profile-form").then((module) => module.CompanyProfileForm), {
  loading: () => <DialogLoading />,
});

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
  return (
    <DialogShell
      trigger={
        <Button variant="secondary" size="sm">
          <Pencil aria-hidden="true" />
          {t("edit")}
        </Button>
      }
      title={t("editTitle")}
      description={t("editDescription")}
    >
      <CompanyProfileForm {...props} />
    </DialogShell>
  );
}
