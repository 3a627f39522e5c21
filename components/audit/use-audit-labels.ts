import { useTranslations } from "next-intl";
import { auditActionKey, isKnownEntityType } from "./labels";

/** Words for audit actions and kinds of record, falling back to the recorded value. */
export function useAuditLabels() {
  const t = useTranslations("audit");
  return {
    action(action: string): string {
      const key = auditActionKey(action);
      return key && t.has(`actions.${key}`) ? t(`actions.${key}`) : action;
    },
    entity(entityType: string): string {
      return isKnownEntityType(entityType) ? t(`entities.${entityType}`) : entityType;
    },
    system: t("system"),
    deleted: t("deleted"),
  };
}
