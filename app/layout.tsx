import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { IntlRoot } from "@/components/i18n/intl-client";
import { isStrictI18n } from "@/lib/i18n/request";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  const appName = t("appName");
  return {
    title: { default: `${appName} — ${t("tagline")}`, template: `%s · ${appName}` },
    description: t("metaDescription"),
    applicationName: appName,
    // Added to a phone's home screen, the app opens full screen under its own name.
    appleWebApp: { capable: true, title: appName, statusBarStyle: "default" },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#20657d",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return (
    <html lang={locale}>
      <body>
        {/* Client components get only the messages they use: see components/i18n/client-messages.tsx. */}
        <IntlRoot locale={locale} timeZone={timeZone} strictI18n={isStrictI18n()} messages={{}}>
          <ClientMessages namespaces={["common"]}>{children}</ClientMessages>
        </IntlRoot>
      </body>
    </html>
  );
}
