import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ScrollText } from "lucide-react";
import { AuditFilter } from "@/components/audit/audit-filter";
import { AuditTable } from "@/components/audit/audit-table";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { listAuditLog } from "@/lib/audit/service";
import { vendorPage } from "@/lib/auth/wrappers";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

/** Only plain action prefixes ("user." or "partner.created") are accepted from the URL. */
function actionPrefix(value: string | string[] | undefined): string | undefined {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  return raw && /^[A-Za-z0-9_.]{1,64}$/.test(raw) ? raw : undefined;
}

export default vendorPage("audit.read", async ({ ctx, searchParams }) => {
  const page = parsePage(searchParams);
  const action = actionPrefix(searchParams.action);
  const [t, result] = await Promise.all([getTranslations("audit"), listAuditLog(ctx, { page, action })]);
  const path = `/${ctx.tenant.slug}/admin/audit`;

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <AuditFilter path={path} action={action} />
      {result.rows.length === 0 ? (
        <EmptyState
          icon={<ScrollText />}
          title={action || page > 1 ? t("empty.filteredTitle") : t("empty.title")}
          description={action || page > 1 ? t("empty.filteredDescription") : t("empty.description")}
          action={
            action || page > 1 ? (
              <Link href={path} className={buttonVariants({ variant: "secondary" })}>
                {t("empty.clear")}
              </Link>
            ) : undefined
          }
        />
      ) : (
        <AuditTable rows={result.rows} timeZone={ctx.tenant.timeZone} />
      )}
      <Pagination
        page={page}
        totalItems={result.total}
        pageSize={result.pageSize}
        searchParams={{ action }}
        pathname={path}
      />
    </>
  );
});
