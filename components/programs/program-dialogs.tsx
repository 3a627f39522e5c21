"use client";

import dynamic from "next/dynamic";
import { DialogLoading } from "@/components/ui/dialog-loading";
import type { ServerAction } from "@/lib/http/action-state";
import { FormDialog } from "./form-dialog";
import type { TierFormValues } from "./tier-form";

// Each form loads when its dialog first opens: its module (and Radix's Close in its footer)
// stays out of the program page's first script. The partner page's dialogs are in
// ./partner-program-dialogs.tsx: one module per page, so each page sends the client only the
// message namespaces of the forms it can open (tests/unit/client-messages.test.ts).
const loading = () => <DialogLoading />;
const TierForm = dynamic(() => import("./tier-form").then((module) => module.TierForm), { loading });
const ItemForm = dynamic(() => import("./item-form").then((module) => module.ItemForm), { loading });

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
