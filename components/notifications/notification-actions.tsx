"use client";

import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { CheckCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { Form, FormSubmit, useActionForm } from "@/components/forms";
import type { ServerAction } from "@/lib/http/action-state";
// After a change on the page, the bell in the top bar asks again instead of waiting for its poll.
import { refreshBells } from "./bell-feed";
import { LIST_HEADING_ID } from "./feed";
import { runAction } from "./run-action";

/** "Mark read" on one notification of the center page. */
export function MarkReadButton({
  tenant,
  notificationId,
  title,
  action,
}: {
  tenant: string;
  notificationId: string;
  /** The notification's title, so screen readers can tell the row buttons apart. */
  title: string;
  action: ServerAction;
}) {
  const t = useTranslations("notifications.center");
  const kit = useActionForm({
    action,
    hidden: { tenant, notificationId },
    onSuccess: () => {
      refreshBells();
      // The button goes away with the unread state; the list heading (with the new count) takes focus.
      document.getElementById(LIST_HEADING_ID)?.focus();
    },
  });
  return (
    <Form kit={kit} className="flex flex-col items-end gap-1">
      <FormSubmit size="sm" variant="ghost" pendingText={t("marking")}>
        {t("markRead")}
        <span className="sr-only"> ({title})</span>
      </FormSubmit>
      <p aria-live="polite" className="text-xs font-medium text-red-700">
        {kit.state.status === "error" ? kit.state.message : null}
      </p>
    </Form>
  );
}

/** "Mark all read" in the page header; says so once done. */
export function MarkAllReadButton({ tenant, action }: { tenant: string; action: ServerAction }) {
  const t = useTranslations("notifications.center");
  const kit = useActionForm({ action, hidden: { tenant }, onSuccess: refreshBells });
  const { state } = kit;
  return (
    <Form kit={kit} className="flex flex-col items-stretch gap-1 sm:items-end">
      <FormSubmit variant="secondary" pendingText={t("marking")}>
        <CheckCheck aria-hidden="true" />
        {t("markAllRead")}
      </FormSubmit>
      <p aria-live="polite" className="text-sm">
        {state.status === "error" && <span className="font-medium text-red-700">{state.message}</span>}
        {state.status === "success" && <span className="text-emerald-800">{t("allRead")}</span>}
      </p>
    </Form>
  );
}

/** The notification's title as a link to its screen; following it marks it read on the way. */
export function NotificationLink({
  href,
  tenant,
  notificationId,
  unread,
  action,
  children,
}: {
  href: string;
  tenant: string;
  notificationId: string;
  unread: boolean;
  action: ServerAction;
  children: ReactNode;
}) {
  function markOnTheWay() {
    // Navigation does not wait: a failure only leaves the notification unread.
    if (unread) void runAction(action, { tenant, notificationId }).then(refreshBells, () => undefined);
  }
  return (
    <Link
      href={href}
      onClick={markOnTheWay}
      className="rounded text-slate-900 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
    >
      {children}
    </Link>
  );
}
