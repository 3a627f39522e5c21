import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { CalendarCheck } from "lucide-react";
import { CoopRequestsTable } from "@/components/coop/requests-table";
import { CoopSectionNav } from "@/components/coop/section-nav";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { listOwnRequests } from "@/lib/coop/read";

export const generateMetadata = partnerMetadata("ownCoop.read", async () => {
  const t = await getTranslations("coopPortal.requests");
  return { title: t("title") };
});

/** The partner's co-op requests (pre-approval), newest first. */
export default partnerPage("ownCoop.read", async ({ ctx }) => {
  const [t, requests] = await Promise.all([getTranslations("coopPortal.requests"), listOwnRequests(ctx)]);
  const base = `/${ctx.tenant.slug}/portal/coop`;
  const action = can(ctx, "ownCoop.manage") ? (
    <Button asChild>
      <Link href={`${base}/requests/new`}>{t("new")}</Link>
    </Button>
  ) : undefined;
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <>
        <PageHeader title={t("title")} description={t("description")} actions={action} />
        <CoopSectionNav tenant={ctx.tenant.slug} current="requests" />
        <CoopRequestsTable
          rows={[...requests].reverse()}
          base={`${base}/requests`}
          empty={
            <EmptyState
              icon={<CalendarCheck />}
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
