"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { NextIntlClientProvider, useLocale, useMessages, useTimeZone, type AbstractIntlMessages } from "next-intl";
import { messageFallback, onIntlError } from "@/lib/i18n/config";
import { mergeMessages } from "@/lib/i18n/pick";

/** CANAL_STRICT_I18N=1 on the server: a missing message throws in client components too. */
const StrictI18n = createContext(false);

type IntlRootProps = { locale: string; timeZone: string; strictI18n: boolean; messages: AbstractIntlMessages; children: ReactNode };

/**
 * The translation context of the whole app (root layout), with the same error handling as
 * the server config (functions cannot cross from server to client). It starts with only
 * the messages the root sends; `ClientMessages` adds more where client components need them.
 */
export function IntlRoot({ locale, timeZone, strictI18n, messages, children }: IntlRootProps) {
  return (
    <StrictI18n.Provider value={strictI18n}>
      <NextIntlClientProvider
        locale={locale}
        timeZone={timeZone}
        messages={messages}
        onError={(error) => onIntlError(error, strictI18n)}
        getMessageFallback={messageFallback}
      >
        {children}
      </NextIntlClientProvider>
    </StrictI18n.Provider>
  );
}

/** The client half of `ClientMessages`: the messages above plus these, for the subtree. */
export function MessagesScope({ messages, children }: { messages: AbstractIntlMessages; children: ReactNode }) {
  const strict = useContext(StrictI18n);
  const locale = useLocale();
  const timeZone = useTimeZone();
  const outer = useMessages();
  const merged = useMemo(() => mergeMessages(outer, messages), [outer, messages]);
  return (
    <NextIntlClientProvider
      locale={locale}
      timeZone={timeZone}
      messages={merged}
      onError={(error) => onIntlError(error, strict)}
      getMessageFallback={messageFallback}
    >
      {children}
    </NextIntlClientProvider>
  );
}
