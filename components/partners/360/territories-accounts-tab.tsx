import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ReviewBadge } from "@/components/accounts/review-badge";
import { OwnTerritories } from "@/components/territories/own-territories";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { can, type VendorCtx } from "@/lib/auth/context";
import { listAccounts } from "@/lib/accounts/list";
import { conflictsOf } from "@/lib/conflicts/service";
import { territoriesOfPartner } from "@/lib/territories/service";

/**
 * Partner 360: the partner's territories, its latest accounts (with the count and a link to
 * all of them) and its open channel conflicts. Each part shows only to roles that read it.
 */
export async function PartnerTerritoriesAccounts({ ctx, partnerId }: { ctx: VendorCtx; partnerId: string }) {
  const [t, territories, accounts, conflicts] = await Promise.all([
    getTranslations("accounts.partner360"),
    can(ctx, "territories.read") ? territoriesOfPartner(ctx, partnerId) : null,
    can(ctx, "accounts.read") ? listAccounts(ctx, { owner: partnerId, pageSize: 10, sort: { id: "created", desc: true } }) : null,
    can(ctx, "conflicts.read") ? conflictsOf(ctx, { partnerId }) : [],
  ]);
  const base = `/${ctx.tenant.slug}/admin`;
  const open = conflicts.filter((c) => c.status === "OPEN").length;
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      {territories && (
        <Card className="min-w-0">
          <CardHeader>
            <CardTitle>{t("territories")}</CardTitle>
            <CardDescription>{t("territoriesDescription")}</CardDescription>
          </CardHeader>
          <CardContent>
            <OwnTerritories territories={territories} empty={<p className="text-sm text-slate-600">{t("noTerritories")}</p>} />
          </CardContent>
        </Card>
      )}
      {accounts && (
        <Card className="min-w-0">
          <CardHeader>
            <CardTitle>{t("accounts", { count: accounts.total })}</CardTitle>
            <CardDescription>{open > 0 ? t("openConflicts", { count: open }) : t("accountsDescription")}</CardDescription>
          </CardHeader>
          <CardContent className="space-y-3">
            {accounts.rows.length === 0 ? (
              <p className="text-sm text-slate-600">{t("noAccounts")}</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {accounts.rows.map((account) => (
                  <li key={account.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <Link href={`${base}/accounts/${account.id}`} className="rounded font-medium text-brand-800 [overflow-wrap:anywhere] hover:underline">
                      {account.name}
                    </Link>
                    <ReviewBadge status={account.reviewStatus} />
                  </li>
                ))}
              </ul>
            )}
            <Link href={`${base}/accounts?owner=${partnerId}`} className="inline-block text-sm font-medium text-brand-800 hover:underline">
              {t("allAccounts")}
            </Link>
          </CardContent>
        </Card>
      )}
    </div>
  );
}
