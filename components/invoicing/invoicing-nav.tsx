import { useTranslations } from "next-intl";
import { can, type VendorCtx } from "@/lib/auth/context";
import { SectionNav } from "@/components/ui/section-nav";

const PAGES = [
  { id: "invoices", path: "", permission: "invoices.read" },
  { id: "receivables", path: "/receivables", permission: "invoices.read" },
  { id: "statement", path: "/statement", permission: "invoices.read" },
  { id: "settings", path: "/settings", permission: "invoices.read" },
] as const;

/** The invoicing pages of the back office: invoices, receivables (aging, journal export), a partner's statement, settings. */
export function InvoicingNav({ ctx, current }: { ctx: VendorCtx; current: (typeof PAGES)[number]["id"] }) {
  const t = useTranslations("invoicing.nav");
  const base = `/${ctx.tenant.slug}/admin/invoices`;
  const links = PAGES.filter((page) => can(ctx, page.permission)).map((page) => ({ id: page.id, href: `${base}${page.path}`, label: t(page.id) }));
  return <SectionNav label={t("label")} links={links} current={current} />;
}
