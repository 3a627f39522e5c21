import { getTranslations } from "next-intl/server";
import { Award } from "lucide-react";
import { NewProgramDialog } from "@/components/programs/new-program-dialog";
import { ProgramsTable } from "@/components/programs/programs-table";
import { ProgramsTabs } from "@/components/programs/programs-tabs";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { listPrograms } from "@/lib/programs/list";
import { PROGRAM_LIST_FILTERS, programListQuery } from "@/lib/programs/schema";
import { createProgramAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export const generateMetadata = vendorMetadata("programs.read", async () => {
  const t = await getTranslations("programs");
  return { title: t("title") };
});

export default vendorPage("programs.read", async ({ ctx, searchParams }) => {
  const query = programListQuery.parse(searchParams);
  const [t, result] = await Promise.all([getTranslations("programs"), listPrograms(ctx, query)]);
  const path = `/${ctx.tenant.slug}/admin/programs`;
  const create = can(ctx, "programs.manage") ? (
    <NewProgramDialog tenant={ctx.tenant.slug} action={createProgramAction} triggerLabel={t("list.new")} />
  ) : null;
  return (
    <ClientMessages
      namespaces={[
        ...FORM_MESSAGES,
        "programs.definition",
        "programs.activation",
        "programs.validation",
        "admin.confirm",
        "dataTable",
      ]}
    >
      <PageHeader title={t("title")} description={t("description")} actions={create} />
      <ProgramsTabs tenant={ctx.tenant.slug} current="programs" />
      <ProgramsTable
        rows={result.rows}
        state={tableState(query, result, {
          filters: PROGRAM_LIST_FILTERS,
          defaultSort: programListQuery.spec.defaultSort,
          defaultPageSize: programListQuery.spec.defaultPageSize,
        })}
        basePath={path}
        timeZone={ctx.tenant.timeZone}
        empty={
          <EmptyState
            icon={<Award />}
            title={t("list.empty")}
            description={create ? t("list.emptyHint") : t("list.emptyReadOnly")}
          />
        }
      />
    </ClientMessages>
  );
});
