import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UsersRound } from "lucide-react";
import { MemberStatusBadge } from "@/components/users/member-status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { partnerPage } from "@/lib/auth/wrappers";
import { getOwnPartner, listOwnTeam } from "@/lib/partners/service";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal.team");
  return { title: t("title") };
}

export default partnerPage("partnerTeam.read", async ({ ctx }) => {
  const [partner, team, t, roles] = await Promise.all([
    getOwnPartner(ctx),
    listOwnTeam(ctx),
    getTranslations("portal.team"),
    getTranslations("enums.partnerRole"),
  ]);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { partner: partner.name, vendor: ctx.tenant.name })}
      />
      {team.length === 0 ? (
        <EmptyState
          icon={<UsersRound />}
          title={t("empty.title")}
          description={t("empty.description", { vendor: ctx.tenant.name })}
        />
      ) : (
        <Table label={t("label", { partner: partner.name })} stacked>
          <TableHeader>
            <TableRow>
              <TableHead>{t("name")}</TableHead>
              <TableHead>{t("email")}</TableHead>
              <TableHead>{t("role")}</TableHead>
              <TableHead>{t("status")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {team.map((member) => (
              <TableRow key={member.id}>
                <TableCell label={t("name")} className="font-medium text-slate-900">
                  {member.user.name || member.user.email}
                  {member.userId === ctx.user.id && (
                    <span className="ml-2 text-xs font-normal text-slate-600">({t("you")})</span>
                  )}
                </TableCell>
                <TableCell label={t("email")} className="break-all">
                  {member.user.email}
                </TableCell>
                <TableCell label={t("role")}>{roles(member.role)}</TableCell>
                <TableCell label={t("status")}>
                  <MemberStatusBadge status={member.status} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <p className="mt-4 text-sm text-slate-600">{t("manageHint", { vendor: ctx.tenant.name })}</p>
    </>
  );
});
