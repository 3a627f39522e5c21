"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { directDealSchema } from "@/lib/deals/schema";
import type { ServerAction } from "@/lib/http/action-state";
import { AmountFields, CustomerFields, type CustomerOptions } from "./customer-fields";

export type DirectDealDialogProps = CustomerOptions & {
  tenant: string;
  action: ServerAction;
  currencies: string[];
  currency: string;
  today: string;
};

/** "New direct deal": the vendor's own opportunity, without a partner. */
export function DirectDealDialog(props: DirectDealDialogProps) {
  const t = useTranslations("deals.direct");
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
        <Button>
          <Plus aria-hidden="true" />
          {t("trigger")}
        </Button>
      </DialogTrigger>
      <DialogContent title={t("title")} description={t("description")}>
        <DirectDealForm key={round} {...props} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

function DirectDealForm({ tenant, action, currencies, currency, today, countries, industries, onDone }: DirectDealDialogProps & { onDone: () => void }) {
  const t = useTranslations("deals.direct");
  const f = useTranslations("deals.form");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: directDealSchema,
    defaultValues: { name: "", customerName: "", website: "", taxId: "", country: "", region: "", postalCode: "", industry: "", amount: "", currency, closeOn: "" },
    hidden: { tenant },
    onSuccess: () => {
      onDone();
      router.refresh();
    },
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <Field name="name" label={f("title")} hint={f("titleHint")} required>
        <Input maxLength={160} />
      </Field>
      <CustomerFields countries={countries} industries={industries} />
      <AmountFields currencies={currencies} dateField="closeOn" dateLabel={f("closeOn")} today={today} />
      <FormSubmit pendingText={t("creating")}>{t("create")}</FormSubmit>
    </Form>
  );
}
