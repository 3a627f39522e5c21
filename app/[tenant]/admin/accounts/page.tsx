import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Building2, Upload } from "lucide-react";
import { AccountsTable } from "@/components/accounts/accounts-table";
import { NewAccountDialog } from "@/components/accounts/new-account-dialog";
import { countryOptions } from "@/components/forms/options";
import { buttonVariants } from "@/components/ui/button";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { listAccounts } from "@/lib/accounts/list";
import { ACCOUNT_LIST_FILTERS, INDUSTRIES, accountListQuery } from "@/lib/accounts/schema";
import { accountOwnerOptions } from "@/lib/accounts/service";
import { territoryOptions } from "@/lib/territories/service";
import { createAccountAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export const generateMetadata = vendorMetadata("accounts.read", async () => {
  const t = await getTranslations("accounts");
  return { title: t("title") };
});

/** Every end-customer account: partners' and direct, with owner, territory and review filters. */
export default vendorPage("accounts.read", async ({ ctx, searchParams }) => {
  const query = accountListQuery.parse(searchParams);
  const [t, industries, locale, result, owners, territories] = await Promise.all([
    getTranslations("accounts"),
    getTranslations("enums.industry"),
    getLocale(),
    listAccounts(ctx, query),
    accountOwnerOptions(ctx),
    can(ctx, "territories.read") ? territoryOptions(ctx) : [],
  ]);
  const path = `/${ctx.tenant.slug}/admin/accounts`;
  const pristine = result.total === 0 && ACCOUNT_LIST_FILTERS.every((key) => query[key] === undefined);
  const manage = can(ctx, "accounts.manage");
  const actions = (
    <div className="flex flex-wrap gap-2">
      {can(ctx, "accounts.import") && (
        <Link href={`${path}/import`} className={buttonVariants({ variant: "secondary" })}>
          <Upload aria-hidden="true" />
          {t("importLink")}
        </Link>
      )}
      {manage && (
        <NewAccountDialog
          tenant={ctx.tenant.slug}
          action={createAccountAction}
          countries={countryOptions(locale)}
          industries={INDUSTRIES.map((value) => ({ value, label: industries(value) }))}
          owners={owners}
          defaultOpen={searchParams.new === "1"}
        />
      )}
    </div>
  );
  return (
    <ClientMessages
      namespaces={[
        ...FORM_MESSAGES,
        "forms.country",
        "forms.timeZone",
        "accounts.new",
        "accounts.form",
        "accounts.validation",
        "admin.confirm",
        "dataTable",
      ]}
    >
      <PageHeader title={t("title")} description={t("description")} actions={actions} />
      <AccountsTable
        rows={result.rows}
        state={tableState(query, result, {
          filters: ACCOUNT_LIST_FILTERS,
          defaultSort: accountListQuery.spec.defaultSort,
          defaultPageSize: accountListQuery.spec.defaultPageSize,
        })}
        basePath={path}
        timeZone={ctx.tenant.timeZone}
        vendor={{
          owners: [{ value: "direct", label: t("table.direct") }, ...owners],
          territories: territories.map((territory) => ({ value: territory.id, label: territory.path })),
        }}
        empty={
          <EmptyState
            icon={<Building2 />}
            title={pristine ? t("empty.title") : t("noMatch.title")}
            description={manage ? t("empty.description") : t("empty.readOnly")}
          />
        }
      />
    </ClientMessages>
  );
});
