"use client";

import { useRef, useTransition } from "react";
import { usePathname, useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { localName } from "@/lib/catalog/names";
import { MAX_CONFIGURED_UNITS, MAX_OPTION_QUANTITY, type ConfigModel, type GroupDef, type Selection } from "@/lib/configurator/model";
import { paramsOf } from "@/lib/configurator/url";
import type { Violation } from "@/lib/configurator/validate";
import { money } from "@/components/pricing/money";
import { ViolationList } from "./violation-text";

type Props = {
  model: ConfigModel;
  selection: Selection;
  quantity: number;
  /** the server's check of `selection` (shown next to each group) */
  violations: Violation[];
  /** controls shown first inside the form (the vendor preview's partner choice) */
  leading?: React.ReactNode;
  /** names of those controls, kept in the URL beside the choices */
  carry?: string[];
  /** the price panel and the save form, rendered by the page for this selection */
  children?: React.ReactNode;
};

/**
 * The configurator: a GET form of the product's groups. Each change puts the choices in the
 * URL (router.replace in a transition) and the page checks and prices them again on the
 * server — the problems appear next to their group, the price beside the form. Without
 * JavaScript the "Check" button submits the same form.
 */
export function ConfiguratorForm({ model, selection, quantity, violations, leading, carry = [], children }: Props) {
  const t = useTranslations("configurator.ui");
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const form = useRef<HTMLFormElement>(null);
  const groups = model.groups.filter((g) => g.options.length > 0);
  const general = violations.filter((v) => v.groupId === null);

  function onChange() {
    const data = new FormData(form.current!);
    const next: Record<string, number> = {};
    for (const group of groups) {
      for (const option of group.options) {
        if (group.kind === "QUANTITY") {
          const n = Number(data.get(`q.${option.id}`) ?? 0);
          if (Number.isInteger(n) && n > 0 && n <= MAX_OPTION_QUANTITY) next[option.id] = n;
        } else if (group.kind === "ONE" ? data.get(`g.${group.id}`) === option.id : data.getAll("o").includes(option.id)) next[option.id] = 1;
      }
    }
    const units = Number(data.get("n") ?? 1);
    const kept = Object.fromEntries(carry.map((name) => [name, String(data.get(name) ?? "")]).filter(([, value]) => value));
    const params = paramsOf(model, next, Number.isInteger(units) && units >= 1 && units <= MAX_CONFIGURED_UNITS ? units : quantity, kept);
    startTransition(() => router.replace(`${pathname}?${params.toString()}`, { scroll: false }));
  }

  const adder = (minor: bigint) => (minor === BigInt(0) ? t("included") : t("adder", { amount: money(minor, model.currency, locale) }));

  return (
    <div className="grid min-w-0 gap-6 lg:grid-cols-5">
      <form ref={form} method="get" action={pathname} onChange={onChange} className="min-w-0 space-y-5 lg:col-span-3" aria-busy={pending} data-configurator="">
        {leading}
        <p className="sr-only" aria-live="polite" data-violation-count="">
          {pending ? t("checking") : violations.length ? t("problems", { count: violations.length }) : t("valid")}
        </p>
        {general.length > 0 && <ViolationList id="configurator-general" violations={general} />}
        {groups.map((group) => (
          <GroupFieldset key={group.id} group={group} selection={selection} violations={violations.filter((v) => v.groupId === group.id)} adder={adder} />
        ))}
        <div className="flex flex-wrap items-end gap-3">
          <label className="grid gap-1 text-sm font-medium text-slate-900">
            {t("units")}
            <Input type="number" name="n" min={1} max={MAX_CONFIGURED_UNITS} defaultValue={quantity} className="w-32" inputMode="numeric" />
          </label>
          <Button type="submit" variant="secondary">
            {t("check")}
          </Button>
          {pending && <Spinner label={t("checking")} />}
        </div>
        {violations.length === 0 && (
          <p className="rounded-lg bg-emerald-50 p-3 text-sm font-medium text-emerald-900" data-configuration-valid="">
            {t("validLong")}
          </p>
        )}
        <noscript>
          <p className="text-sm text-slate-700">{t("noScript")}</p>
        </noscript>
      </form>
      <div className={`min-w-0 space-y-6 lg:col-span-2 ${pending ? "opacity-60" : ""}`}>{children}</div>
    </div>
  );
}

function GroupFieldset({ group, selection, violations, adder }: { group: GroupDef; selection: Selection; violations: Violation[]; adder: (minor: bigint) => string }) {
  const t = useTranslations("configurator.ui");
  const locale = useLocale();
  const problemsId = `group-${group.id}-problems`;
  const hint = t(`hint.${group.kind}`, { required: group.required ? "yes" : "no", min: group.minPicks === null ? "none" : String(group.minPicks), max: group.maxPicks === null ? "none" : String(group.maxPicks) });
  return (
    <fieldset className="min-w-0 rounded-xl border border-slate-200 bg-white p-4" aria-describedby={violations.length ? problemsId : undefined} data-group={group.id} aria-invalid={violations.length > 0 || undefined}>
      <legend className="px-1 text-base font-semibold text-slate-900">
        {localName(group, locale)}
        {group.required && <span className="ml-2 text-sm font-normal text-slate-700">{t("required")}</span>}
      </legend>
      <p className="mb-3 text-sm text-slate-700">{hint}</p>
      <div className="grid gap-2">
        {group.kind === "ONE" && !group.required && (
          <label className="flex min-h-11 items-center gap-3 rounded-lg px-2 text-sm text-slate-900 hover:bg-slate-50">
            <input type="radio" name={`g.${group.id}`} value="" defaultChecked={!group.options.some((o) => selection[o.id])} className="size-4 accent-brand-700" />
            {t("none")}
          </label>
        )}
        {group.options.map((option) => {
          const label = localName(option, locale);
          if (group.kind === "QUANTITY") {
            return (
              <label key={option.id} className="flex min-h-11 flex-wrap items-center justify-between gap-3 rounded-lg px-2 text-sm text-slate-900">
                <span className="min-w-0 break-words">
                  {label} <span className="text-slate-700">· {adder(option.adderMinor)}</span>
                </span>
                <Input type="number" name={`q.${option.id}`} min={0} max={MAX_OPTION_QUANTITY} defaultValue={selection[option.id] ?? 0} className="w-24" inputMode="numeric" aria-label={t("quantityOf", { option: label })} />
              </label>
            );
          }
          return (
            <label key={option.id} className="flex min-h-11 items-center gap-3 rounded-lg px-2 text-sm text-slate-900 hover:bg-slate-50">
              <input
                type={group.kind === "ONE" ? "radio" : "checkbox"}
                name={group.kind === "ONE" ? `g.${group.id}` : "o"}
                value={option.id}
                defaultChecked={Boolean(selection[option.id])}
                className="size-4 shrink-0 accent-brand-700"
              />
              <span className="min-w-0 break-words">
                {label} <span className="text-slate-700">· {adder(option.adderMinor)}</span>
              </span>
            </label>
          );
        })}
      </div>
      <ViolationList id={problemsId} violations={violations} />
    </fieldset>
  );
}
