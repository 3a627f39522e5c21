import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/programs/action-button";
import { AgreementForm } from "@/components/programs/agreement-form";
import { ChecklistEditor } from "@/components/programs/checklist-editor";
import { ItemDialog, TierDialog } from "@/components/programs/program-dialogs";
import { ProgramSettingsForm } from "@/components/programs/program-form";
import { TierLadder } from "@/components/programs/tier-ladder";
import { Facts } from "@/components/backoffice/facts";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { getProgramName, getProgramOrThrow } from "@/lib/programs/service";
import {
  createItemAction,
  createTierAction,
  deleteItemAction,
  deleteTierAction,
  evaluateProgramAction,
  moveItemAction,
  moveTierAction,
  publishAgreementAction,
  updateProgramAction,
  updateTierAction,
} from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = vendorMetadata("programs.read", async ({ ctx, params }) => ({
  title: await getProgramName(ctx, params.programId ?? ""),
}));

export default vendorPage("programs.read", async ({ ctx, params }) => {
  const [program, t, activation, format] = await Promise.all([
    getProgramOrThrow(ctx, params.programId),
    getTranslations("programs"),
    getTranslations("programs.activation"),
    getFormatter(),
  ]);
  const manage = can(ctx, "programs.manage");
  const tenant = ctx.tenant.slug;
  const latest = program.agreements[0];
  const text = (locale: "en" | "es") => {
    const found = latest?.texts.find((row) => row.locale === locale);
    return { title: found?.title ?? "", body: found?.body ?? "" };
  };
  const emptyRules = { REVENUE_T12M: "", CERTIFIED_PEOPLE: "", WON_DEALS_T12M: "" };

  return (
    <ClientMessages
      namespaces={[
        ...FORM_MESSAGES,
        "programs.definition",
        "programs.activation",
        "programs.agreement",
        "programs.checklist",
        "programs.itemKinds",
        "programs.tiers",
        "programs.metrics",
        "programs.validation",
        "admin.confirm",
      ]}
    >
      <PageHeader
        eyebrow={
          <BackLink href={`/${tenant}/admin/programs`}>{t("definition.back")}</BackLink>
        }
        title={program.name}
        description={program.description ?? undefined}
        actions={
          can(ctx, "partnerPrograms.manage") && program.enrolled > 0 ? (
            <ActionButton
              action={evaluateProgramAction}
              fields={{ tenant, programId: program.id }}
              label={t("definition.evaluateAll")}
              pendingLabel={t("definition.evaluating")}
              success={t("definition.evaluated")}
            />
          ) : undefined
        }
      />
      <div className="grid gap-6 xl:grid-cols-3">
        <div className="grid h-fit min-w-0 gap-6">
          <Card className="h-fit">
            <CardHeader>
              <CardTitle>{t("definition.settings")}</CardTitle>
            </CardHeader>
            <CardContent className="space-y-5">
              <Facts
                items={[
                  { label: t("definition.activation"), value: activation(program.activation) },
                  { label: t("definition.currency"), value: program.currency },
                  { label: t("definition.enrolled"), value: format.number(program.enrolled) },
                ]}
              />
              {manage && <ProgramSettingsForm tenant={tenant} action={updateProgramAction} program={program} />}
            </CardContent>
          </Card>
          <Card className="h-fit">
            <CardHeader>
              <CardTitle>{t("checklist.title")}</CardTitle>
              <CardDescription>{t("checklist.description")}</CardDescription>
            </CardHeader>
            <CardContent className="space-y-4">
              <ChecklistEditor
                tenant={tenant}
                items={program.items}
                {...(manage ? { edit: { remove: deleteItemAction, move: moveItemAction } } : {})}
              />
              {manage && (
                <ItemDialog
                  tenant={tenant}
                  programId={program.id}
                  action={createItemAction}
                  labels={{
                    trigger: t("checklist.addItem"),
                    title: t("checklist.addTitle"),
                    description: t("checklist.addDescription"),
                  }}
                />
              )}
            </CardContent>
          </Card>
        </div>
        <div className="grid h-fit min-w-0 gap-6 xl:col-span-2">
          <Card>
            <CardHeader>
              <CardTitle>{t("tiers.title")}</CardTitle>
              <CardDescription>{t("tiers.description")}</CardDescription>
            </CardHeader>
            <CardContent className="space-y-4">
              <TierLadder
                tenant={tenant}
                currency={program.currency}
                tiers={program.tiers}
                {...(manage
                  ? { edit: { update: updateTierAction, remove: deleteTierAction, move: moveTierAction } }
                  : {})}
              />
              {manage && (
                <TierDialog
                  tenant={tenant}
                  action={createTierAction}
                  currency={program.currency}
                  target={{ programId: program.id }}
                  values={{ name: "", description: "", rules: emptyRules }}
                  labels={{
                    trigger: t("tiers.add"),
                    title: t("tiers.addTitle"),
                    description: t("tiers.addDescription"),
                  }}
                />
              )}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("agreement.title")}</CardTitle>
              <CardDescription>{t("agreement.description")}</CardDescription>
            </CardHeader>
            <CardContent className="space-y-5">
              {program.agreements.length === 0 ? (
                <p className="text-sm text-slate-600">{t("agreement.none")}</p>
              ) : (
                <ol className="space-y-2 text-sm">
                  {program.agreements.map((version) => (
                    <li key={version.id} className="rounded-lg border border-slate-200 p-3">
                      <p className="font-medium text-slate-900">
                        {t("agreement.version", { number: version.number })} ·{" "}
                        {version.texts.map((row) => row.title).join(" / ")}
                      </p>
                      <p className="text-slate-600">
                        {t("agreement.publishedBy", {
                          date: format.dateTime(version.publishedAt, {
                            dateStyle: "medium",
                            timeZone: ctx.tenant.timeZone,
                          }),
                          name: version.publishedByName ?? t("agreement.system"),
                        })}{" "}
                        ·{" "}
                        {t("agreement.languages", {
                          languages: version.texts.map((row) => row.locale.toUpperCase()).join(", "),
                        })}{" "}
                        · {t("agreement.acceptances", { count: version.acceptances })}
                      </p>
                    </li>
                  ))}
                </ol>
              )}
              {manage && (
                <AgreementForm
                  tenant={tenant}
                  programId={program.id}
                  action={publishAgreementAction}
                  latest={{ en: text("en"), es: text("es") }}
                />
              )}
            </CardContent>
          </Card>
        </div>
      </div>
    </ClientMessages>
  );
});
