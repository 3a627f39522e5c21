"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Alert } from "@/components/ui/alert";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";
import type { QuickOrderProblem } from "@/lib/orders/cart";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadQuickOrder = () => import("@/lib/orders/schema").then((module) => module.quickOrderSchema);

/** Quick order: a pasted SKU list (or CSV) added to the cart; a line it cannot use is named, and nothing is added. */
export function QuickOrderForm({ tenant, action, draft }: { tenant: string; action: ServerAction<{ problems: QuickOrderProblem[] }>; draft?: { id: string; version: number } }) {
  const t = useTranslations("orders.quick");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadQuickOrder,
    defaultValues: { text: "" },
    hidden: draft ? { tenant, orderId: draft.id, version: String(draft.version) } : { tenant },
    onSuccess: (state) => {
      if (!state.data?.problems.length) {
        kit.form.reset({ text: "" });
        router.refresh();
      }
    },
  });
  const problems = kit.state.status === "success" ? (kit.state.data?.problems ?? []) : [];
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      {problems.length > 0 && (
        <Alert tone="error" data-quick-problems="">
          <p className="font-medium">{t("problems")}</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.map((p) => (
              <li key={`${p.line}-${p.sku}`}>{t(`problem.${p.problem}`, { line: p.line, sku: p.sku })}</li>
            ))}
          </ul>
        </Alert>
      )}
      <Field name="text" label={t("label")} hint={t("hint")} required>
        <Textarea rows={5} maxLength={200_000} spellCheck={false} className="font-mono" />
      </Field>
      <FormSubmit variant="secondary" pendingText={t("adding")}>
        {t("submit")}
      </FormSubmit>
    </Form>
  );
}
