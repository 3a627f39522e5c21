import "server-only";
import { getTranslations } from "next-intl/server";
import { auditActionKey, isKnownEntityType } from "./labels";

/** Server-side translators for audit actions and entity types, falling back to the raw value. */
export async function getAuditLabels() {
  const t = await getTranslations("audit");
  return {
    action(action: string): string {
      const key = auditActionKey(action);
      return key && t.has(`actions.${key}`) ? t(`actions.${key}`) : action;
    },
    entity(entityType: string): string {
      return isKnownEntityType(entityType) ? t(`entities.${entityType}`) : entityType;
    },
    system: t("system"),
  };
}
