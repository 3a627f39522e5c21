import Link from "@/components/ui/link";
import { useFormatter, useTranslations } from "next-intl";
import { DataTable, type DataTableState } from "@/components/ui/data-table";
import type { ProgramListItem } from "@/lib/programs/types";

/** The program list: name links to the program's definition. */
export function ProgramsTable({ rows, state, basePath, timeZone, empty }: { rows: ProgramListItem[]; state: DataTableState; basePath: string; timeZone: string; empty: React.ReactNode }) {
  const t = useTranslations("programs.list");
  const activation = useTranslations("programs.activation");
  const format = useFormatter();
  return (
    <DataTable
      label={t("label")}
      state={state}
      exportHref={`${basePath}/export`}
      empty={empty}
      noMatch={{ title: t("noMatch"), description: t("noMatchHint") }}
      filters={[{ id: "q", kind: "search", label: t("search"), placeholder: t("searchPlaceholder") }]}
      columns={[
        { id: "name", header: t("name"), sortable: true, className: "min-w-48" },
        { id: "activation", header: t("activation") },
        { id: "tiers", header: t("tiers"), align: "right", phoneLabel: true },
        { id: "partners", header: t("partners"), align: "right", phoneLabel: true },
        { id: "created", header: t("created"), sortable: true, priority: "secondary", className: "whitespace-nowrap" },
      ]}
      rows={rows.map((program) => ({
        id: program.id,
        label: program.name,
        cells: {
          name: (
            <Link href={`${basePath}/${program.id}`} className="rounded font-medium text-brand-800 underline-offset-4 [overflow-wrap:anywhere] hover:underline">
              {program.name}
            </Link>
          ),
          activation: activation(program.activation),
          tiers: format.number(program.tiers),
          partners: format.number(program.partners),
          created: <time dateTime={program.createdAt.toISOString()}>{format.dateTime(program.createdAt, { dateStyle: "medium", timeZone })}</time>,
        },
      }))}
    />
  );
}
