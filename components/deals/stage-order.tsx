"use client";

import { useRouter } from "next/navigation";
import { ArrowDown, ArrowUp } from "lucide-react";
import { useTranslations } from "next-intl";
import { Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadMoveStageOrder = () => import("@/lib/deals/schema").then((module) => module.moveStageOrderSchema);

/** "Move up" / "Move down" for an open stage: buttons, so the order changes with the keyboard too. */
export function StageOrderButton({ tenant, stage, direction, action }: { tenant: string; stage: { id: string; name: string }; direction: "up" | "down"; action: ServerAction }) {
  const t = useTranslations("deals.settings");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadMoveStageOrder,
    hidden: { tenant, stageId: stage.id, direction },
    onSuccess: () => router.refresh(),
  });
  const Icon = direction === "up" ? ArrowUp : ArrowDown;
  return (
    <Form kit={kit} className="inline-flex">
      <FormAlert />
      <FormSubmit size="sm" variant="ghost" pendingText={t("saving")}>
        <Icon aria-hidden="true" />
        <span className="sr-only">{t(direction === "up" ? "moveUp" : "moveDown", { stage: stage.name })}</span>
      </FormSubmit>
    </Form>
  );
}
