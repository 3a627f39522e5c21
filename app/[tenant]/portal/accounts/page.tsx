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
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { listOwnAccounts } from "@/lib/accounts/list";
import { INDUSTRIES, OWN_ACCOUNT_LIST_FILTERS, accountListQuery } from "@/lib/accounts/schema";
import { createOwnAccountAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export const generateMetadata = partnerMetadata("ownAccounts.read", async () => {
  const t = await getTranslations("accounts.portal");
  return { title: t("title") };
});

/** The partner's own end customers: list, new account and import. */
export default partnerPage("ownAccounts.read", async ({ ctx, searchParams }) => {
  const query = accountListQuery.parse(searchParams);
  const [t, tp, industries, locale, result] = await Promise.all([
    getTranslations("accounts"),
    getTranslations("accounts.portal"),
    getTranslations("enums.industry"),
    getLocale(),
    listOwnAccounts(ctx, query),
  ]);
  const path = `/${ctx.tenant.slug}/portal/accounts`;
  const pristine = result.total === 0 && OWN_ACCOUNT_LIST_FILTERS.every((key) => query[key] === undefined);
  const manage = can(ctx, "ownAccounts.manage");
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
      <PageHeader
        title={tp("title")}
        description={tp("description")}
        actions={
          <div className="flex flex-wrap gap-2">
            {can(ctx, "ownAccounts.import") && (
              <Link href={`${path}/import`} className={buttonVariants({ variant: "secondary" })}>
                <Upload aria-hidden="true" />
                {t("importLink")}
              </Link>
            )}
            {manage && (
              <NewAccountDialog
                tenant={ctx.tenant.slug}
                action={createOwnAccountAction}
                countries={countryOptions(locale)}
                industries={INDUSTRIES.map((value) => ({ value, label: industries(value) }))}
                defaultOpen={searchParams.new === "1"}
              />
            )}
          </div>
        }
      />
      <AccountsTable
        rows={result.rows}
        state={tableState(query, result, {
          filters: OWN_ACCOUNT_LIST_FILTERS,
          defaultSort: accountListQuery.spec.defaultSort,
          defaultPageSize: accountListQuery.spec.defaultPageSize,
        })}
        basePath={path}
        timeZone={ctx.tenant.timeZone}
        empty={
          <EmptyState
            icon={<Building2 />}
            title={pristine ? tp("empty.title") : t("noMatch.title")}
            description={manage ? tp("empty.description") : tp("empty.readOnly")}
          />
        }
      />
    </ClientMessages>
  );
});
