import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { PartnerTabProps } from "@/components/partners/360/types";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { listRegistrations } from "@/lib/deals/list";
import { getBoard } from "@/lib/deals/pipeline";
import { ClipboardCheck } from "lucide-react";
import { RegistrationStatusBadge } from "./badges";
import { formatAmount, formatDay } from "./format";

/** Partner 360 "Deals": the partner's open pipeline by stage and its latest registrations. */
export async function PartnerDealsTab({ ctx, partner }: PartnerTabProps) {
  const [board, registrations, t, format, locale] = await Promise.all([
    getBoard(ctx, { partner: partner.id }),
    listRegistrations(ctx, { partner: partner.id, pageSize: 10 }),
    getTranslations("deals.partnerTab"),
    getFormatter(),
    getLocale(),
  ]);
  const base = `/${ctx.tenant.slug}/admin/deals`;
  const link = "rounded font-medium text-brand-800 underline underline-offset-4";
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <Card className="h-fit min-w-0">
        <CardHeader>
          <CardTitle>{t("pipeline")}</CardTitle>
          <CardDescription>
            <Link href={`${base}/pipeline?partner=${partner.id}`} className={link}>
              {t("openPipeline")}
            </Link>
          </CardDescription>
        </CardHeader>
        <CardContent>
          <dl className="divide-y divide-slate-100">
            {board.columns.map((column) => (
              <div key={column.stage.id} className="flex flex-wrap justify-between gap-2 py-2 text-sm first:pt-0 last:pb-0">
                <dt className="text-slate-700">{column.stage.name}</dt>
                <dd className="font-medium text-slate-900">
                  {t("count", { count: column.count })}
                  {column.totals.length > 0 && <> · {column.totals.map((total) => formatAmount(total.amountMinor, total.currency, locale)).join(" + ")}</>}
                </dd>
              </div>
            ))}
          </dl>
        </CardContent>
      </Card>
      <Card className="h-fit min-w-0">
        <CardHeader>
          <CardTitle>{t("registrations")}</CardTitle>
          <CardDescription>
            <Link href={`${base}?partner=${partner.id}`} className={link}>
              {t("allRegistrations", { count: registrations.total })}
            </Link>
          </CardDescription>
        </CardHeader>
        <CardContent>
          {registrations.rows.length === 0 ? (
            <EmptyState headingLevel="h3" icon={<ClipboardCheck />} title={t("empty.title")} description={t("empty.description")} />
          ) : (
            <ul className="divide-y divide-slate-100">
              {registrations.rows.map((row) => (
                <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm first:pt-0 last:pb-0">
                  <span className="min-w-0">
                    <Link href={`${base}/registrations/${row.id}`} className={`${link} [overflow-wrap:anywhere]`}>
                      {row.customerName}
                    </Link>
                    <span className="block text-slate-600">
                      {formatAmount(row.amountMinor, row.currency, locale)} · {formatDay(format, row.expectedCloseOn)}
                    </span>
                  </span>
                  <RegistrationStatusBadge status={row.status} />
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
