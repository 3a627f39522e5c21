import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getLocale, getMessages, getTimeZone, getTranslations } from "next-intl/server";
import { Providers } from "@/components/providers";
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
  const [locale, messages, timeZone] = await Promise.all([getLocale(), getMessages(), getTimeZone()]);
  return (
    <html lang={locale}>
      <body>
        <Providers locale={locale} messages={messages} timeZone={timeZone} strictI18n={isStrictI18n()}>
          {children}
        </Providers>
      </body>
    </html>
  );
}
