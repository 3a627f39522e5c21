import { getLocale, getTranslations } from "next-intl/server";
import { Handshake } from "lucide-react";
import { countryOptions } from "@/components/forms/options";
import { NewPartnerDialog } from "@/components/partners/new-partner-dialog";
import { PartnersTable } from "@/components/partners/partners-table";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { listPartners } from "@/lib/partners/list";
import { PARTNER_LIST_FILTERS, PARTNER_TYPES, partnerListQuery } from "@/lib/partners/schema";
import { createPartnerAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export const generateMetadata = vendorMetadata("partners.read", async () => {
  const t = await getTranslations("partners");
  return { title: t("title") };
});

export default vendorPage("partners.read", async ({ ctx, searchParams }) => {
  const query = partnerListQuery.parse(searchParams);
  const [t, types, locale, result] = await Promise.all([
    getTranslations("partners"),
    getTranslations("enums.partnerType"),
    getLocale(),
    listPartners(ctx, query),
  ]);
  const path = `/${ctx.tenant.slug}/admin/partners`;
  const pristine = result.total === 0 && PARTNER_LIST_FILTERS.every((key) => query[key] === undefined);

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
    <ClientMessages
      namespaces={[
        ...FORM_MESSAGES,
        "admin.confirm",
        "dataTable",
        "forms.country",
        "forms.timeZone",
        "partners.new",
        "lifecycle.newPartner",
      ]}
    >
      <PageHeader title={t("title")} description={t("description")} actions={pristine ? undefined : newPartner} />
      <PartnersTable
        rows={result.rows}
        state={tableState(query, result, {
          filters: PARTNER_LIST_FILTERS,
          defaultSort: partnerListQuery.spec.defaultSort,
          defaultPageSize: partnerListQuery.spec.defaultPageSize,
        })}
        basePath={path}
        timeZone={ctx.tenant.timeZone}
        empty={
          <EmptyState
            icon={<Handshake />}
            title={t("empty.title")}
            description={newPartner ? t("empty.description") : t("empty.readOnly")}
            action={newPartner}
          />
        }
      />
    </ClientMessages>
  );
});
