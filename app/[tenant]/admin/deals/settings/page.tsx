import { getTranslations } from "next-intl/server";
import { Trash2 } from "lucide-react";
import { ConfirmAction } from "@/components/backoffice/confirm-action";
import { DealsNav } from "@/components/deals/deals-nav";
import { RulesForm } from "@/components/deals/rules-form";
import { StageDialog } from "@/components/deals/stage-form";
import { StageOrderButton } from "@/components/deals/stage-order";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { getDealSettings } from "@/lib/deals/stages";
import {
  createStageAction,
  deleteStageAction,
  moveStageOrderAction,
  updateDealSettingsAction,
  updateStageAction,
} from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export const generateMetadata = vendorMetadata("deals.configure", async () => {
  const t = await getTranslations("deals.settings");
  return { title: t("title") };
});

/** The sales methodology (stages, probabilities, exit criteria) and the registration rules. */
export default vendorPage("deals.configure", async ({ ctx }) => {
  const [{ stages, settings }, t, kinds] = await Promise.all([
    getDealSettings(ctx),
    getTranslations("deals.settings"),
    getTranslations("enums.stageKind"),
  ]);
  const base = `/${ctx.tenant.slug}/admin/deals`;
  const open = stages.filter((s) => s.kind === "OPEN");
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "admin.confirm", "deals.settings"]}>
      <>
        <PageHeader
          title={t("title")}
          description={t("description")}
          actions={<StageDialog tenant={ctx.tenant.slug} action={createStageAction} />}
        />
        <DealsNav base={base} current="settings" side="vendor" configure />
        <div className="space-y-6">
          <Card>
            <CardHeader>
              <CardTitle>{t("stages")}</CardTitle>
              <CardDescription>{t("stagesDescription")}</CardDescription>
            </CardHeader>
            <CardContent>
              <ol className="divide-y divide-slate-100" aria-label={t("stages")}>
                {stages.map((stage) => {
                  const index = open.findIndex((s) => s.id === stage.id);
                  return (
                    <li
                      key={stage.id}
                      className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 md:flex-row md:items-start md:justify-between"
                    >
                      <div className="min-w-0 space-y-1">
                        <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                          <span className="[overflow-wrap:anywhere]">{stage.name}</span>
                          <Badge tone={stage.kind === "OPEN" ? "info" : stage.kind === "WON" ? "success" : "neutral"}>
                            {kinds(stage.kind)}
                          </Badge>
                        </p>
                        <p className="text-sm text-slate-700">
                          {t("summary", { probability: stage.probability, deals: stage.opportunities })}
                        </p>
                        {stage.criteria.length > 0 && (
                          <ul className="list-disc pl-5 text-sm text-slate-700">
                            {stage.criteria.map((c) => (
                              <li key={c.id} className="[overflow-wrap:anywhere]">
                                {c.label}
                              </li>
                            ))}
                          </ul>
                        )}
                      </div>
                      <div className="flex flex-wrap items-center gap-1">
                        {index > 0 && (
                          <StageOrderButton
                            tenant={ctx.tenant.slug}
                            stage={stage}
                            direction="up"
                            action={moveStageOrderAction}
                          />
                        )}
                        {index >= 0 && index < open.length - 1 && (
                          <StageOrderButton
                            tenant={ctx.tenant.slug}
                            stage={stage}
                            direction="down"
                            action={moveStageOrderAction}
                          />
                        )}
                        <StageDialog tenant={ctx.tenant.slug} action={updateStageAction} stage={stage} />
                        {stage.kind === "OPEN" && open.length > 1 && (
                          <ConfirmAction
                            action={deleteStageAction}
                            fields={{ tenant: ctx.tenant.slug, stageId: stage.id }}
                            triggerLabel={t("delete")}
                            triggerContext={stage.name}
                            triggerIcon={<Trash2 aria-hidden="true" />}
                            title={t("deleteTitle", { stage: stage.name })}
                            description={t("deleteBody")}
                            confirmLabel={t("delete")}
                            pendingLabel={t("deleting")}
                            tone="danger"
                          />
                        )}
                      </div>
                    </li>
                  );
                })}
              </ol>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("rules")}</CardTitle>
              <CardDescription>{t("rulesDescription")}</CardDescription>
            </CardHeader>
            <CardContent>
              <RulesForm tenant={ctx.tenant.slug} settings={settings} action={updateDealSettingsAction} />
            </CardContent>
          </Card>
        </div>
      </>
    </ClientMessages>
  );
});
