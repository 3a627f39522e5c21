"use client";

import { useState, type ReactNode } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { Session } from "next-auth";
import { SessionProvider } from "next-auth/react";
import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import { messageFallback, onIntlError } from "@/lib/i18n/config";

export type ProvidersProps = {
  locale: string;
  messages: AbstractIntlMessages;
  timeZone: string;
  /** CANAL_STRICT_I18N=1 on the server: a missing message throws in client components too. */
  strictI18n: boolean;
  /** The server session, when the layout has it, saves a round trip to /api/auth/session. */
  session?: Session | null;
  children: ReactNode;
};

/**
 * Client-side context for the whole app: translations (with the same error handling as the
 * server config, which cannot pass functions across the boundary), the next-auth session
 * and TanStack Query.
 */
export function Providers({ locale, messages, timeZone, strictI18n, session, children }: ProvidersProps) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false },
          mutations: { retry: 0 },
        },
      }),
  );

  return (
    <NextIntlClientProvider
      locale={locale}
      messages={messages}
      timeZone={timeZone}
      onError={(error) => onIntlError(error, strictI18n)}
      getMessageFallback={messageFallback}
    >
      <SessionProvider session={session} refetchOnWindowFocus={false}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </SessionProvider>
    </NextIntlClientProvider>
  );
}
