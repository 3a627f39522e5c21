"use client";

import dynamic from "next/dynamic";
import type { SelectOption } from "@/components/ui/select";
import { DialogLoading } from "@/components/ui/dialog-loading";
import type { ServerAction } from "@/lib/http/action-state";
import { FormDialog } from "./form-dialog";
import type { TierFormValues } from "./tier-form";

// Each form loads when its dialog first opens: its module (and Radix's Close in its footer)
// stays out of the program and partner pages' first script.
const loading = () => <DialogLoading />;
const TierForm = dynamic(() => import("./tier-form").then((module) => module.TierForm), { loading });
const ItemForm = dynamic(() => import("./item-form").then((module) => module.ItemForm), { loading });
const OverrideForm = dynamic(() => import("./override-forms").then((module) => module.OverrideForm), { loading });
const ClearOverrideForm = dynamic(() => import("./override-forms").then((module) => module.ClearOverrideForm), { loading });
const RecordMetricForm = dynamic(() => import("./record-metric-form").then((module) => module.RecordMetricForm), { loading });

type Labels = { trigger: string; title: string; description: string };

/** "Add a tier" / "Edit" buttons of the program page, each with its dialog. */
export function TierDialog({
  labels,
  ...props
}: {
  tenant: string;
  action: ServerAction;
  currency: string;
  /** a new tier (added above the highest) or an existing one */
  target: { programId: string } | { tierId: string };
  values: TierFormValues;
  labels: Labels & { context?: string };
}) {
  return (
    <FormDialog
      triggerLabel={labels.trigger}
      {...(labels.context ? { triggerContext: labels.context } : {})}
      triggerVariant={"programId" in props.target ? "primary" : "secondary"}
      title={labels.title}
      description={labels.description}
    >
      <TierForm {...props} />
    </FormDialog>
  );
}

/** "Add an item" on the program page. */
export function ItemDialog({ labels, ...props }: { tenant: string; programId: string; action: ServerAction; labels: Labels }) {
  return (
    <FormDialog triggerLabel={labels.trigger} triggerVariant="primary" title={labels.title} description={labels.description}>
      <ItemForm {...props} />
    </FormDialog>
  );
}

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
