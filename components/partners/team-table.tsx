import { useTranslations } from "next-intl";
import { MemberStatusBadge } from "@/components/users/member-status-badge";
import { BreakText } from "@/components/ui/break-text";
import { DataTable } from "@/components/ui/data-table";
import type { PortalSeat } from "@/lib/partners/types";

/** A partner's own team, as its partner admins see it in the portal. */
export function TeamTable({
  team,
  partnerName,
  currentUserId,
  empty,
}: {
  team: PortalSeat[];
  partnerName: string;
  currentUserId: string;
  empty: React.ReactNode;
}) {
  const t = useTranslations("portal.team");
  const roles = useTranslations("enums.partnerRole");
  return (
    <DataTable
      label={t("label", { partner: partnerName })}
      empty={empty}
      noMatch={{ title: "", description: "" }}
      columns={[
        { id: "name", header: t("name"), className: "min-w-48" },
        { id: "role", header: t("role") },
        { id: "status", header: t("status") },
      ]}
      rows={team.map((member) => {
        const name = member.user.name || member.user.email;
        return {
          id: member.id,
          label: name,
          cells: {
            name: (
              <>
                <span className="block font-medium text-slate-900">
                  {name}
                  {member.userId === currentUserId && (
                    <span className="ml-2 text-xs font-normal text-slate-600">({t("you")})</span>
                  )}
                </span>
                <BreakText value={member.user.email} className="block text-slate-600" />
              </>
            ),
            role: roles(member.role),
            status: <MemberStatusBadge status={member.status} />,
          },
        };
      })}
    />
  );
}
