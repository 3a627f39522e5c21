import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AccountFacts } from "@/components/accounts/account-facts";
import { AccountForm } from "@/components/accounts/account-form";
import { ContactsCard } from "@/components/accounts/contacts-card";
import { SubjectTimelineCard } from "@/components/activities/subject-timeline-card";
import { ReviewBadge } from "@/components/accounts/review-badge";
import { ConflictStatusBadge } from "@/components/conflicts/conflict-badges";
import { countryOptions } from "@/components/forms/options";
import { OverrideForm } from "@/components/territories/override-form";
import { TerritoryWhy } from "@/components/territories/territory-why";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { INDUSTRIES } from "@/lib/accounts/schema";
import { getAccount } from "@/lib/accounts/service";
import { conflictsOf } from "@/lib/conflicts/service";
import { explainTerritory } from "@/lib/territories/assign";
import { territoryOptions } from "@/lib/territories/service";
import { completeTaskAction, logActivityAction } from "../../tasks/actions";
import { addContactAction, overrideTerritoryAction, removeContactAction, updateAccountAction } from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { TIMELINE_MESSAGES } from "@/components/activities/messages";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = vendorMetadata("accounts.read", async ({ ctx, params }) => ({
  title: (await getAccount(ctx, params.accountId ?? "")).name,
}));

/** One account: facts, edit, contacts, its territory and why, and its conflicts. */
export default vendorPage("accounts.read", async ({ ctx, params, searchParams }) => {
  const account = await getAccount(ctx, params.accountId);
  const manage = can(ctx, "accounts.manage");
  const [t, activities, industries, kinds, locale, why, territories, conflicts] = await Promise.all([
    getTranslations("accounts.detail"),
    getTranslations("activities.timeline"),
    getTranslations("enums.industry"),
    getTranslations("enums.conflictKind"),
    getLocale(),
    can(ctx, "territories.read") ? explainTerritory(ctx, account.id) : null,
    can(ctx, "territories.manage") ? territoryOptions(ctx) : null,
    can(ctx, "conflicts.read") ? conflictsOf(ctx, { accountId: account.id }) : [],
  ]);
  const base = `/${ctx.tenant.slug}/admin`;
  return (
    <ClientMessages
      namespaces={[
        ...FORM_MESSAGES,
        ...TIMELINE_MESSAGES,
        "forms.country",
        "forms.timeZone",
        "accounts.form",
        "accounts.validation",
        "accounts.contacts",
        "territories.override",
        "admin.confirm",
      ]}
    >
      <PageHeader
        eyebrow={
          <BackLink href={`${base}/accounts`}>{t("back")}</BackLink>
        }
        title={account.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {account.partner ? (
              <Link href={`${base}/partners/${account.partner.id}`} className="rounded text-brand-800 hover:underline">
                {account.partner.name}
              </Link>
            ) : (
              t("direct")
            )}
            <ReviewBadge status={account.reviewStatus} />
          </span>
        }
      />
      <div className="grid gap-6 xl:grid-cols-3">
        <div className="grid h-fit min-w-0 gap-6">
          <Card>
            <CardHeader>
              <CardTitle>{t("facts")}</CardTitle>
            </CardHeader>
            <CardContent>
              <AccountFacts account={account} showOwner />
            </CardContent>
          </Card>
          {conflicts.length > 0 && (
            <Card>
              <CardHeader>
                <CardTitle>{t("conflicts")}</CardTitle>
              </CardHeader>
              <CardContent>
                <ul className="space-y-2 text-sm">
                  {conflicts.map((c) => (
                    <li key={c.id} className="flex flex-wrap items-center gap-2">
                      <ConflictStatusBadge status={c.status} /> {kinds(c.kind)} · {c.claimant.name}
                      {c.otherPartner && <> ↔ {c.otherPartner.name}</>}
                    </li>
                  ))}
                </ul>
                <Link
                  href={`${base}/conflicts`}
                  className="mt-3 inline-block text-sm font-medium text-brand-800 hover:underline"
                >
                  {t("openQueue")}
                </Link>
              </CardContent>
            </Card>
          )}
        </div>
        <div className="grid h-fit min-w-0 gap-6 xl:col-span-2">
          {why && (
            <Card>
              <CardHeader>
                <CardTitle>{t("territoryTitle")}</CardTitle>
                <CardDescription>{t("territoryDescription")}</CardDescription>
              </CardHeader>
              <CardContent className="space-y-6">
                <TerritoryWhy why={why} timeZone={ctx.tenant.timeZone} />
                {territories && (
                  <OverrideForm
                    tenant={ctx.tenant.slug}
                    accountId={account.id}
                    action={overrideTerritoryAction}
                    territories={territories.map((x) => ({ value: x.id, label: x.path }))}
                    current={why.source === "MANUAL" ? (why.current?.id ?? null) : null}
                  />
                )}
              </CardContent>
            </Card>
          )}
          {manage && (
            <Card>
              <CardHeader>
                <CardTitle>{t("edit")}</CardTitle>
              </CardHeader>
              <CardContent>
                <AccountForm
                  tenant={ctx.tenant.slug}
                  action={updateAccountAction}
                  account={account}
                  countries={countryOptions(locale)}
                  industries={INDUSTRIES.map((value) => ({ value, label: industries(value) }))}
                />
              </CardContent>
            </Card>
          )}
          <ContactsCard
            tenant={ctx.tenant.slug}
            accountId={account.id}
            contacts={account.contacts}
            {...(manage ? { actions: { add: addContactAction, remove: removeContactAction } } : {})}
          />
          {can(ctx, "activities.read") && (
            <SubjectTimelineCard
              ctx={ctx}
              subject={{ type: "ACCOUNT", id: account.id }}
              description={activities("accountDescription")}
              olderHref={`${base}/accounts/${account.id}?older=1`}
              long={searchParams.older === "1"}
              actions={{ log: logActivityAction, complete: completeTaskAction }}
            />
          )}
        </div>
      </div>
    </ClientMessages>
  );
});
