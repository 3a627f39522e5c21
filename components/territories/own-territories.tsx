import { useTranslations } from "next-intl";
import type { OwnTerritory } from "@/lib/territories/types";

/** A partner's territories: where it may work accounts (and everything below each one). */
export function OwnTerritories({ territories, empty }: { territories: OwnTerritory[]; empty: React.ReactNode }) {
  const t = useTranslations("territories");
  if (territories.length === 0) return <>{empty}</>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {territories.map((territory) => (
        <li key={territory.id} className="rounded-lg border border-slate-200 bg-white p-4">
          <p className="font-medium text-slate-900 [overflow-wrap:anywhere]">{territory.path}</p>
          {territory.description && <p className="mt-1 text-sm text-slate-700">{territory.description}</p>}
          <p className="mt-2 text-sm text-slate-600">{t("accountsCount", { count: territory.accounts })}</p>
        </li>
      ))}
    </ul>
  );
}
