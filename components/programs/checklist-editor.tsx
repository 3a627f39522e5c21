import { getTranslations } from "next-intl/server";
import { ArrowDown, ArrowUp } from "lucide-react";
import { ConfirmAction } from "@/components/backoffice/confirm-action";
import type { ServerAction } from "@/lib/http/action-state";
import type { OnboardingItemView } from "@/lib/programs/types";
import { ActionButton } from "./action-button";

/** A program's onboarding checklist in order; with programs.manage, reorder and remove. */
export async function ChecklistEditor({
  tenant,
  items,
  edit,
}: {
  tenant: string;
  items: OnboardingItemView[];
  edit?: { remove: ServerAction; move: ServerAction };
}) {
  const [t, kinds] = await Promise.all([getTranslations("programs.checklist"), getTranslations("programs.itemKinds")]);
  if (items.length === 0) return <p className="text-sm text-slate-600">{edit ? t("emptyManage") : t("empty")}</p>;
  return (
    <ol className="space-y-2">
      {items.map((item, index) => (
        <li key={item.id} className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-slate-200 p-3">
          <div className="min-w-0 text-sm">
            <p className="font-medium break-words text-slate-900">
              {index + 1}. {item.title}
            </p>
            <p className="text-slate-600">{kinds(item.kind)}</p>
            {item.description && <p className="break-words text-slate-700">{item.description}</p>}
          </div>
          {edit && (
            <div className="flex flex-wrap items-start gap-2">
              {index > 0 && (
                <ActionButton
                  action={edit.move}
                  fields={{ tenant, itemId: item.id, direction: "up" }}
                  label={<><ArrowUp aria-hidden="true" /><span className="sr-only">{t("moveUp", { item: item.title })}</span></>}
                  pendingLabel={t("moving")}
                />
              )}
              {index < items.length - 1 && (
                <ActionButton
                  action={edit.move}
                  fields={{ tenant, itemId: item.id, direction: "down" }}
                  label={<><ArrowDown aria-hidden="true" /><span className="sr-only">{t("moveDown", { item: item.title })}</span></>}
                  pendingLabel={t("moving")}
                />
              )}
              <ConfirmAction
                action={edit.remove}
                fields={{ tenant, itemId: item.id }}
                triggerLabel={t("remove")}
                triggerContext={item.title}
                triggerVariant="ghost"
                title={t("removeTitle", { item: item.title })}
                description={t("removeDescription")}
                confirmLabel={t("remove")}
                pendingLabel={t("removing")}
              />
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
