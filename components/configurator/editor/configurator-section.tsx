import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Select, type SelectOption } from "@/components/ui/select";
import { contradictionMessage } from "@/lib/configurator/explain";
import type { ConfigurationQuote, ConfiguratorView } from "@/lib/configurator/types";
import type { Selection } from "@/lib/configurator/model";
import { validateSelection } from "@/lib/configurator/validate";
import { ConfigurationPriceView } from "../configuration-price";
import { ConfiguratorForm } from "../configurator-form";
import { ConfiguratorEditor, type EditorActions } from "./configurator-editor";

type Props = {
  tenant: string;
  locale: string;
  view: ConfiguratorView;
  /** null: the reader may not edit */
  actions: EditorActions | null;
  /** null: the reader may not see prices */
  preview: { partners: SelectOption[]; partnerId: string; quote: ConfigurationQuote | null } | null;
  selection: Selection;
  quantity: number;
};

/** The product page's "Configuration" section: the editor and a live configurator "as partner P". */
export function ConfiguratorSection({ tenant, locale, view, actions, preview, selection, quantity }: Props) {
  const t = useTranslations("configurator");
  const violations = preview?.quote?.violations ?? validateSelection(view.model, selection);
  const translate = (key: string, values: Record<string, unknown>) => t(key.replace(/^configurator\./, "") as never, values as never);
  return (
    <section aria-labelledby="configuration-heading" className="mt-8 space-y-6" data-configuration-section="">
      <div>
        <h2 id="configuration-heading" className="text-xl font-semibold text-slate-900">
          {t("editor.title")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t("editor.description")}</p>
      </div>
      {view.contradictions.length > 0 && (
        <Alert tone="warning" title={t("editor.contradictionsTitle")}>
          <ul className="list-disc space-y-1 pl-5">
            {view.contradictions.map((c, index) => {
              const m = contradictionMessage(c, locale);
              const why = m.values.why;
              return <li key={index}>{translate(m.key, { ...m.values, ...(typeof why === "object" ? { why: translate(why.key, why.values) } : {}) })}</li>;
            })}
          </ul>
        </Alert>
      )}
      {actions && <ConfiguratorEditor tenant={tenant} model={view.model} actions={actions} />}
      <Card className="min-w-0">
        <CardHeader>
          <CardTitle>{t("editor.preview")}</CardTitle>
          <CardDescription>{preview ? t("editor.previewHint") : t("editor.previewNoPrices")}</CardDescription>
        </CardHeader>
        <CardContent>
          <ConfiguratorForm
            model={view.model}
            selection={selection}
            quantity={quantity}
            violations={violations}
            carry={preview ? ["as"] : []}
            leading={
              preview ? (
                <label className="grid max-w-md gap-1 text-sm font-medium text-slate-900">
                  {t("editor.as")}
                  <Select name="as" defaultValue={preview.partnerId} placeholder={t("editor.choosePartner")} options={preview.partners} />
                </label>
              ) : null
            }
          >
            {preview?.quote ? (
              <ConfigurationPriceView price={preview.quote.price} />
            ) : preview ? (
              <p className="text-sm text-slate-700">{t("editor.pickPartner")}</p>
            ) : null}
          </ConfiguratorForm>
        </CardContent>
      </Card>
    </section>
  );
}
