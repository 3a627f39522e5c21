import type { ReactNode } from "react";
import { getMessages } from "next-intl/server";
import { pickMessages, type MessageNamespace } from "@/lib/i18n/pick";
import { MessagesScope } from "./intl-client";

/**
 * Sends the messages of `namespaces` to the client components rendered inside it — and
 * nothing else: the browser never gets the whole catalog. Put it in the layout or page (or
 * the server component) that renders the client components, listing the namespaces their
 * `useTranslations("…")` calls read. tests/unit/client-messages.test.ts computes what every
 * route's client components use and fails for a namespace missing here, or sent and unused.
 * Server components need nothing: they translate with the full catalog on the server.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly MessageNamespace[]; children: ReactNode }) {
  const messages = await getMessages();
  return <MessagesScope messages={pickMessages(messages, namespaces)}>{children}</MessagesScope>;
}
