import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Receipt } from "lucide-react";
import { CoopClaimsTable } from "@/components/coop/claims-table";
import { CoopSectionNav } from "@/components/coop/section-nav";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { listOwnClaims } from "@/lib/coop/read";

export const generateMetadata = partnerMetadata("ownCoop.read", async () => {
  const t = await getTranslations("coopPortal.claims");
  return { title: t("title") };
});

/** The partner's co-op claims, newest first. */
export default partnerPage("ownCoop.read", async ({ ctx }) => {
  const [t, claims] = await Promise.all([getTranslations("coopPortal.claims"), listOwnClaims(ctx)]);
  const base = `/${ctx.tenant.slug}/portal/coop`;
  const action = can(ctx, "ownCoop.manage") ? (
    <Button asChild>
      <Link href={`${base}/claims/new`}>{t("new")}</Link>
    </Button>
  ) : undefined;
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <>
        <PageHeader title={t("title")} description={t("description")} actions={action} />
        <CoopSectionNav tenant={ctx.tenant.slug} current="claims" />
        <CoopClaimsTable
          rows={[...claims].reverse()}
          base={`${base}/claims`}
          timeZone={ctx.tenant.timeZone}
          empty={
            <EmptyState
              icon={<Receipt />}
              title={t("empty.title")}
              description={t("empty.description")}
              action={action}
            />
          }
        />
      </>
    </ClientMessages>
  );
});
