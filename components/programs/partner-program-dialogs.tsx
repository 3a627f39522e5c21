"use client";

import dynamic from "next/dynamic";
import type { SelectOption } from "@/components/ui/select";
import { DialogLoading } from "@/components/ui/dialog-loading";
import type { ServerAction } from "@/lib/http/action-state";
import { FormDialog } from "./form-dialog";

// The partner page's program dialogs (the program page's are ./program-dialogs.tsx): each
// form loads when its dialog first opens, keeping its module out of the page's first script.
const loading = () => <DialogLoading />;
const OverrideForm = dynamic(() => import("./override-forms").then((module) => module.OverrideForm), { loading });
const ClearOverrideForm = dynamic(() => import("./override-forms").then((module) => module.ClearOverrideForm), { loading });
const RecordMetricForm = dynamic(() => import("./record-metric-form").then((module) => module.RecordMetricForm), { loading });

type Labels = { trigger: string; title: string; description: string };

type PartnerProps = { tenant: string; partnerId: string; action: ServerAction; labels: Labels };

/** The partner page's "Override tier" button and dialog. */
export function OverrideDialog({ labels, ...props }: PartnerProps & { tiers: SelectOption[] }) {
  return (
    <FormDialog triggerLabel={labels.trigger} title={labels.title} description={labels.description}>
      <OverrideForm {...props} />
    </FormDialog>
  );
}

/** The partner page's "End override" button and dialog. */
export function ClearOverrideDialog({ labels, ...props }: PartnerProps) {
  return (
    <FormDialog triggerLabel={labels.trigger} triggerVariant="ghost" title={labels.title} description={labels.description}>
      <ClearOverrideForm {...props} />
    </FormDialog>
  );
}

/** "Record a value" on the partner page. */
export function RecordMetricDialog({ labels, ...props }: PartnerProps & { currency: string; today: string }) {
  return (
    <FormDialog triggerLabel={labels.trigger} title={labels.title} description={labels.description}>
      <RecordMetricForm {...props} />
    </FormDialog>
  );
}
