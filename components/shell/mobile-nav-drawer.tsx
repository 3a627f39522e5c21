"use client";

import { useState } from "react";
import Link from "@/components/ui/link";
import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { LoadedPopupProps } from "@/components/ui/deferred-popup";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Brand } from "./brand";
import type { MobileNavProps } from "./mobile-nav";
import { NavLinks } from "./nav-links";

/** The navigation drawer once first opened (./mobile-nav.tsx shows only its button until then). */
export default function MobileNavDrawer({
  tenantName,
  logoPath,
  areaLabel,
  roleLabel,
  nav,
  switcher,
  trigger,
}: MobileNavProps & LoadedPopupProps) {
  const t = useTranslations("shell");
  const [open, setOpen] = useState(true);
  const close = () => setOpen(false);
  const showSwitcher = switcher.some((item) => !item.current);

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent side="left" title={t("menu")} description={t("menuDescription")} hideTitle>
        <div className="mb-4 flex min-h-11 items-center">
          {logoPath ? (
            // eslint-disable-next-line @next/next/no-img-element -- the tenant's uploaded logo, served by its own route
            <img src={logoPath} alt={tenantName} className="h-10 w-auto max-w-52 object-contain" />
          ) : (
            <Brand />
          )}
        </div>
        <div className="mb-4 rounded-lg bg-slate-50 px-3 py-2">
          <p className="truncate text-sm font-semibold text-slate-900">{tenantName}</p>
          <p className="text-xs text-slate-600">{areaLabel}</p>
        </div>
        <nav aria-label={t("mainNavigation")} className="flex-1">
          <NavLinks items={nav} onNavigate={close} />
        </nav>
        {showSwitcher && (
          <nav aria-label={t("switchWorkspace")} className="mt-6 border-t border-slate-200 pt-4">
            <p className="mb-2 px-3 text-xs font-semibold tracking-wide text-slate-600 uppercase">{t("workspaces")}</p>
            <ul role="list" className="space-y-1">
              {switcher.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    onClick={close}
                    aria-current={item.current ? "page" : undefined}
                    className={cn(
                      "flex min-h-11 items-center justify-between gap-2 rounded-lg px-3 text-sm",
                      item.current ? "font-semibold text-slate-900" : "text-slate-700 hover:bg-slate-100",
                    )}
                  >
                    <span className="truncate">{item.label}</span>
                    {item.current && <Check aria-hidden="true" className="size-4 text-brand-700" />}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <p className="mt-6 border-t border-slate-200 px-3 pt-4 text-xs text-slate-600">{roleLabel}</p>
      </DialogContent>
    </Dialog>
  );
}
