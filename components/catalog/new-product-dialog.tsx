"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { ProductForm, type ProductFormProps } from "./product-form";

/** "New product" in a dialog; saving opens the new product's page. */
export function NewProductDialog(props: Omit<ProductFormProps, "product" | "onDone"> & { defaultOpen?: boolean }) {
  const t = useTranslations("catalog.new");
  const [open, setOpen] = useState(props.defaultOpen ?? false);
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
      <DialogContent title={t("title")} description={t("description")} className="max-w-2xl">
        <ProductForm key={round} {...props} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
