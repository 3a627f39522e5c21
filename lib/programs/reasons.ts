import "server-only";
import { createTranslator } from "next-intl";
import type { Tx } from "@/lib/db/scope";
import { locales, type Locale } from "@/lib/i18n/config";
import { messagesFor } from "@/lib/i18n/messages";

/**
 * The reason Canal writes when it acts on a rule (activation at the end of onboarding):
 * stored in the audit log and told to both sides, so it is written once, in the tenant's
 * language (`programs.reasons` catalog).
 */
export async function systemReason(
  tx: Tx,
  tenantId: string,
  key: "onboardingComplete" | "onboardingCompleteAutomatic",
  params: { program: string },
): Promise<string> {
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { defaultLocale: true } });
  const locale: Locale = (locales as readonly string[]).includes(tenant.defaultLocale) ? (tenant.defaultLocale as Locale) : "en";
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "programs.reasons" });
  return t(key, params);
}
