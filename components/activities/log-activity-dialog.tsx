"use client";

import dynamic from "next/dynamic";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { DialogShell } from "@/components/forms/dialog-shell";
import { Button } from "@/components/ui/button";
import { DialogLoading } from "@/components/ui/dialog-loading";
import type { ActivitySubjectTypeValue } from "@/lib/activities/schema";
import type { AssigneeOption } from "@/lib/activities/types";
import type { ServerAction } from "@/lib/http/action-state";

const LogActivityForm = dynamic(() => import("./log-activity-form").then((module) => module.LogActivityForm), {
  loading: () => <DialogLoading />,
});

export type LogActivityDialogProps = {
  tenant: string;
  action: ServerAction;
  subject: { type: ActivitySubjectTypeValue; id: string };
  /** Who a task may be assigned to (the reader's own seat first is not assumed). */
  assignees: AssigneeOption[];
  /** The reader's own choice in `assignees`, preselected for a task. */
  me?: string;
  /** "YYYY-MM-DD" where the vendor works: the default day of what happened. */
  today: string;
  /** The vendor chooses internal or shared; in the portal everything is shared. */
  side: "vendor" | "partner";
};

/** "Log activity": a call, meeting, e-mail, note or task on one subject. */
export function LogActivityDialog(props: LogActivityDialogProps) {
  const t = useTranslations("activities.log");
  return (
    <DialogShell
      trigger={
        <Button size="sm">
          <Plus aria-hidden="true" />
          {t("open")}
        </Button>
      }
      title={t("title")}
      description={props.side === "vendor" ? t("description") : t("descriptionPortal")}
    >
      <LogActivityForm {...props} />
    </DialogShell>
  );
}
