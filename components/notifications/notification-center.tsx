import Link from "@/components/ui/link";
import { BellOff, Settings } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { ServerAction } from "@/lib/http/action-state";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import type { NotificationList } from "@/lib/notify/schema";
import { LIST_HEADING_ID } from "./feed";
import { MarkAllReadButton, MarkReadButton, NotificationLink } from "./notification-actions";
import { notificationText, safeLink } from "@/lib/notify/texts";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export type NotificationCenterProps = {
  tenant: { slug: string; name: string; timeZone: string };
  /** "/acme/admin" or "/acme/portal". */
  basePath: string;
  result: NotificationList;
  actions: { markRead: ServerAction; markAllRead: ServerAction };
};

/** The full list behind the bell, identical in the back office and the portal. */
export function NotificationCenter({ tenant, basePath, result, actions }: NotificationCenterProps) {
  const t = useTranslations("notifications");
  const enums = useTranslations("enums");
  const format = useFormatter();
  const path = `${basePath}/notifications`;
  const settingsHref = `${basePath}/profile/notifications`;

  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "notifications.center"]}>
      <PageHeader
        title={t("center.title")}
        description={t("center.description", { tenant: tenant.name })}
        actions={
          <>
            <Link href={settingsHref} className={buttonVariants({ variant: "ghost" })}>
              <Settings aria-hidden="true" />
              {t("center.settings")}
            </Link>
            {/* Kept after everything is read, so its "all read" confirmation stays on screen. */}
            {result.total > 0 && <MarkAllReadButton tenant={tenant.slug} action={actions.markAllRead} />}
          </>
        }
      />
      {result.rows.length === 0 ? (
        <EmptyState
          icon={<BellOff />}
          title={result.page > 1 ? t("center.empty.pageTitle") : t("center.empty.title")}
          description={
            result.page > 1
              ? t("center.empty.pageDescription")
              : // Each audience hears about different things: the empty state says which.
                basePath.endsWith("/portal")
                ? t("center.empty.descriptionPortal", { tenant: tenant.name })
                : t("center.empty.description")
          }
          action={
            result.page > 1 ? (
              <Link href={path} className={buttonVariants({ variant: "secondary" })}>
                {t("center.empty.firstPage")}
              </Link>
            ) : undefined
          }
        />
      ) : (
        <section aria-labelledby={LIST_HEADING_ID}>
          <h2 id={LIST_HEADING_ID} tabIndex={-1} className="mb-2 text-sm font-medium text-slate-700">
            {t("center.listLabel")} · {t("center.unreadCount", { count: result.unread })}
          </h2>
          <ul role="list" className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-sm">
            {result.rows.map((row) => {
              const unread = row.readAt === null;
              const { title, body } = notificationText(t, enums, row.type, row.params);
              return (
                <li
                  key={row.id}
                  className={cn(
                    "flex flex-col gap-2 p-4 first:rounded-t-xl last:rounded-b-xl sm:flex-row sm:items-start sm:gap-4",
                    unread && "bg-brand-50/60",
                  )}
                >
                  <div className="flex min-w-0 flex-1 gap-3">
                    <span
                      aria-hidden="true"
                      className={cn("mt-2 size-2 shrink-0 rounded-full", unread ? "bg-brand-600" : "bg-transparent")}
                    />
                    <div className="min-w-0 space-y-1">
                      <p className={cn("text-sm sm:text-base", unread ? "font-semibold" : "font-medium")}>
                        <NotificationLink
                          href={safeLink(row.link, path)}
                          tenant={tenant.slug}
                          notificationId={row.id}
                          unread={unread}
                          action={actions.markRead}
                        >
                          {title}
                        </NotificationLink>
                        {unread && (
                          <Badge tone="brand" className="ml-2 align-middle">
                            {t("center.unread")}
                          </Badge>
                        )}
                      </p>
                      <p className="text-sm text-pretty text-slate-700">{body}</p>
                      <time dateTime={row.createdAt.toISOString()} className="block text-xs text-slate-600">
                        {format.dateTime(row.createdAt, {
                          dateStyle: "medium",
                          timeStyle: "short",
                          timeZone: tenant.timeZone,
                        })}
                      </time>
                    </div>
                  </div>
                  {unread && (
                    <MarkReadButton
                      tenant={tenant.slug}
                      notificationId={row.id}
                      title={title}
                      action={actions.markRead}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <Pagination page={result.page} totalItems={result.total} pageSize={result.pageSize} pathname={path} />
    </ClientMessages>
  );
}
