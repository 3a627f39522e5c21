"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadShipForm = () => import("@/lib/orders/schema").then((module) => module.shipFormSchema);

export type ShippableLine = { id: string; sku: string; name: string; left: number; serialTracked: boolean };

/**
 * A shipment: carrier, tracking number, and the units of each line it carries (all that is
 * left by default; fewer makes it partial, 0 leaves a line for later), with one serial
 * number per unit of a serial-tracked product.
 */
export function ShipForm({ tenant, order, lines, action }: { tenant: string; order: { id: string; version: number }; lines: ShippableLine[]; action: ServerAction }) {
  const t = useTranslations("orders.ship");
  const issues = useTranslations("orders.validation");
  const kit = useActionForm({
    action,
    schema: loadShipForm,
    defaultValues: {
      carrier: "",
      trackingNumber: "",
      lines: lines.map((line) => ({ orderLineId: line.id, quantity: String(line.left), serials: "" })),
    },
    hidden: { tenant, orderId: order.id, version: String(order.version) },
    issues: { "orders.validation": issues },
  });
  const register = kit.form.register;
  // after a shipment the order has a new version and fewer units left: start from those
  const latest = useRef(lines);
  useEffect(() => {
    latest.current = lines;
  });
  const { reset } = kit.form;
  useEffect(() => {
    reset({ carrier: "", trackingNumber: "", lines: latest.current.map((line) => ({ orderLineId: line.id, quantity: String(line.left), serials: "" })) });
  }, [order.version, reset]);
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("done")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="carrier" label={t("carrier")} required>
          <Input maxLength={80} autoComplete="off" />
        </Field>
        <Field name="trackingNumber" label={t("tracking")} optional>
          <Input maxLength={80} autoComplete="off" className="font-mono" />
        </Field>
      </div>
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-slate-900">{t("lines")}</legend>
        {lines.map((line, index) => (
          <div key={line.id} className="space-y-3 rounded-lg border border-slate-200 p-3">
            <input type="hidden" {...register(`lines.${index}.orderLineId`)} />
            <p className="text-sm font-medium text-slate-900 [overflow-wrap:anywhere]">
              <span className="font-mono">{line.sku}</span> · {line.name} — {t("left", { left: line.left })}
            </p>
            <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
              <Field name={`lines.${index}.quantity`} label={t("quantity", { sku: line.sku })} hint={t("quantityHint")}>
                <Input inputMode="numeric" maxLength={7} />
              </Field>
              {line.serialTracked && (
                <Field name={`lines.${index}.serials`} label={t("serials", { sku: line.sku })} hint={t("serialsHint")}>
                  <Textarea rows={3} spellCheck={false} className="font-mono" />
                </Field>
              )}
            </div>
          </div>
        ))}
      </fieldset>
      <FormSubmit pendingText={t("shipping")}>{t("submit")}</FormSubmit>
    </Form>
  );
}
