import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Handshake, SearchX } from "lucide-react";
import { countryOptions } from "@/components/forms/options";
import { NewPartnerDialog } from "@/components/partners/new-partner-dialog";
import { PartnerFilters } from "@/components/partners/partner-filters";
import { PartnersTable } from "@/components/partners/partners-table";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/context";
import { vendorPage, type SearchParams } from "@/lib/auth/wrappers";
import { PARTNER_TYPES, partnerListQuerySchema } from "@/lib/partners/schema";
import { listPartners } from "@/lib/partners/service";
import { createPartnerAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("partners");
  return { title: t("title") };
}

const first = (value: SearchParams[string]) => (Array.isArray(value) ? value[0] : value);

export default vendorPage("partners.read", async ({ ctx, searchParams }) => {
  const parsed = partnerListQuerySchema.parse({
    page: first(searchParams.page),
    q: first(searchParams.q),
    status: first(searchParams.status),
  });
  const query = { page: parsed.page, q: parsed.q || undefined, status: parsed.status };
  const [t, types, locale, result] = await Promise.all([
    getTranslations("partners"),
    getTranslations("enums.partnerType"),
    getLocale(),
    listPartners(ctx, query),
  ]);
  const path = `/${ctx.tenant.slug}/admin/partners`;
  const filtered = Boolean(query.q || query.status);
  const pristine = result.total === 0 && !filtered;

  const newPartner = can(ctx, "partners.manage") ? (
    <NewPartnerDialog
      tenant={ctx.tenant.slug}
      action={createPartnerAction}
      types={PARTNER_TYPES.map((type) => ({ value: type, label: types(type) }))}
      countries={countryOptions(locale)}
      defaultOpen={searchParams.new === "1"}
      triggerLabel={pristine ? t("empty.action") : t("newPartner")}
    />
  ) : null;

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={pristine ? undefined : newPartner} />
      {pristine ? (
        <EmptyState
          icon={<Handshake />}
          title={t("empty.title")}
          description={newPartner ? t("empty.description") : t("empty.readOnly")}
          action={newPartner}
        />
      ) : (
        <>
          <PartnerFilters path={path} q={query.q} status={query.status} />
          <p className="mb-3 text-sm text-slate-600" aria-live="polite">
            {t("count", { count: result.total })}
          </p>
          {result.rows.length === 0 ? (
            <EmptyState
              icon={<SearchX />}
              title={t("noMatch.title")}
              description={t("noMatch.description")}
              action={
                <Link href={path} className={buttonVariants({ variant: "secondary" })}>
                  {t("noMatch.clear")}
                </Link>
              }
            />
          ) : (
            <PartnersTable partners={result.rows} basePath={path} timeZone={ctx.tenant.timeZone} />
          )}
          <Pagination
            page={query.page}
            totalItems={result.total}
            pageSize={result.pageSize}
            searchParams={{ q: query.q, status: query.status }}
            pathname={path}
          />
        </>
      )}
    </>
  );
});
