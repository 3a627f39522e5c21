import { MailPlus } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { ServerAction } from "@/lib/http/action-state";
import type { PendingInvitation } from "@/lib/users/invitations";
import { InvitationResponse } from "./invitation-response";

/** Invitations waiting for the signed-in person's answer, on the workspace chooser. */
export async function PendingInvitations({
  invitations,
  respond,
}: {
  invitations: PendingInvitation[];
  /** respondToInvitationAction (app/workspaces/actions.ts), from the page. */
  respond: ServerAction;
}) {
  if (invitations.length === 0) return null;
  const t = await getTranslations("account.pending");
  const te = await getTranslations("enums");
  const format = await getFormatter();
  return (
    <section aria-labelledby="pending-invitations" className="mb-10">
      <h2 id="pending-invitations" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p className="mt-1 mb-4 text-sm text-slate-700">{t("description")}</p>
      <ul className="grid gap-4 sm:grid-cols-2" aria-label={t("listLabel")}>
        {invitations.map((invitation) => {
          const vendor = invitation.kind === "vendor";
          const area = vendor
            ? t("backOffice", { tenant: invitation.tenantName })
            : t("partnerPortal", { tenant: invitation.tenantName, partner: invitation.partnerName ?? "" });
          const role = te(`${vendor ? "vendorRole" : "partnerRole"}.${invitation.role}` as never);
          return (
            <li key={invitation.seatId} className="rounded-xl border border-amber-300 bg-amber-50/40 p-4 shadow-sm sm:p-5">
              <div className="mb-4 flex items-start gap-3">
                <span aria-hidden="true" className="flex size-10 shrink-0 items-center justify-center rounded-lg bg-amber-100 text-amber-900">
                  <MailPlus className="size-5" />
                </span>
                <div className="min-w-0">
                  <p className="font-semibold break-words text-slate-900">{area}</p>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
                    <Badge tone="warning">{t("role", { role })}</Badge>
                    <span>{t("invitedOn", { date: format.dateTime(invitation.invitedAt, { dateStyle: "medium" }) })}</span>
                  </p>
                </div>
              </div>
              <InvitationResponse kind={invitation.kind} seatId={invitation.seatId} label={area} action={respond} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
