import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { countryName } from "@/components/backoffice/country";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { listPartners } from "@/lib/partners/service";
import { PartnerStatusBadge, PartnerTypeBadge } from "./partner-badges";

type PartnerRow = Awaited<ReturnType<typeof listPartners>>["rows"][number];

/** The partner list: name links to the partner's page; cards on phones. */
export function PartnersTable({
  partners,
  basePath,
  timeZone,
}: {
  partners: PartnerRow[];
  basePath: string;
  timeZone: string;
}) {
  const t = useTranslations("partners.table");
  const locale = useLocale();
  const format = useFormatter();
  return (
    <Table label={t("label")} stacked>
      <TableHeader>
        <TableRow>
          <TableHead>{t("name")}</TableHead>
          <TableHead>{t("type")}</TableHead>
          <TableHead>{t("status")}</TableHead>
          <TableHead>{t("country")}</TableHead>
          <TableHead>{t("tier")}</TableHead>
          <TableHead align="right">{t("portalUsers")}</TableHead>
          <TableHead>{t("created")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {partners.map((partner) => (
          <TableRow key={partner.id}>
            <TableCell label={t("name")}>
              <Link
                href={`${basePath}/${partner.id}`}
                className="rounded font-medium text-brand-800 underline-offset-4 hover:underline"
              >
                {partner.name}
              </Link>
            </TableCell>
            <TableCell label={t("type")}>
              <PartnerTypeBadge type={partner.type} />
            </TableCell>
            <TableCell label={t("status")}>
              <PartnerStatusBadge status={partner.status} />
            </TableCell>
            <TableCell label={t("country")}>
              {countryName(partner.country, locale) ?? <Missing text={t("none")} />}
            </TableCell>
            <TableCell label={t("tier")}>{partner.tier ?? <Missing text={t("noTier")} />}</TableCell>
            <TableCell label={t("portalUsers")} align="right">
              {format.number(partner._count.users)}
            </TableCell>
            <TableCell label={t("created")} className="whitespace-nowrap">
              <time dateTime={partner.createdAt.toISOString()}>
                {format.dateTime(partner.createdAt, { dateStyle: "medium", timeZone })}
              </time>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Missing({ text }: { text: string }) {
  return <span className="text-slate-600">{text}</span>;
}
