import Link from "next/link";
import { useTranslations } from "next-intl";
import { can, type VendorCtx } from "@/lib/auth/context";
import { cn } from "@/components/ui/cn";

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
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap gap-x-4 gap-y-2">
        {PAGES.filter((page) => can(ctx, page.permission)).map((page) => (
          <li key={page.id}>
            <Link
              href={`${base}${page.path}`}
              aria-current={page.id === current ? "page" : undefined}
              className={cn("rounded font-medium underline-offset-4 hover:underline", page.id === current ? "text-slate-900 underline" : "text-brand-800")}
            >
              {t(page.id)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
