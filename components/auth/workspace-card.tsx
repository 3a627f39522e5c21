import Link from "@/components/ui/link";
import { ArrowRight, Building, Handshake } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { Workspace } from "@/lib/tenancy/service";

/**
 * One back office or partner portal the user may enter. The whole card is the link, and
 * its name reads "Acme — Back office" so a list of links stays unambiguous.
 */
export async function WorkspaceCard({ workspace }: { workspace: Workspace }) {
  const t = await getTranslations("workspaces");
  const te = await getTranslations("enums");
  const vendor = workspace.audience === "vendor";
  const area = vendor ? t("backOffice") : t("partnerPortal", { partner: workspace.partnerName ?? "" });
  const role = vendor ? te(`vendorRole.${workspace.role}` as never) : te(`partnerRole.${workspace.role}` as never);
  const Icon = vendor ? Building : Handshake;

  return (
    <Link
      href={workspace.href}
      className="group flex h-full items-start gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition-colors hover:border-brand-300 hover:bg-brand-50/40 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 sm:p-5"
    >
      <span
        aria-hidden="true"
        className={
          vendor
            ? "flex size-11 shrink-0 items-center justify-center rounded-lg bg-brand-50 text-brand-700"
            : "flex size-11 shrink-0 items-center justify-center rounded-lg bg-amber-50 text-amber-800"
        }
      >
        <Icon className="size-5" />
      </span>
      <span className="min-w-0 flex-1">
        <span className="block truncate text-base font-semibold text-slate-900">{workspace.tenantName}</span>
        <span className="mt-0.5 block text-sm text-slate-600">
          <span className="sr-only"> — </span>
          {area}
        </span>
        <span className="mt-3 flex flex-wrap items-center gap-2">
          <Badge tone={vendor ? "brand" : "neutral"}>{role}</Badge>
          <span className="font-mono text-xs text-slate-600">/{workspace.tenantSlug}</span>
        </span>
      </span>
      <ArrowRight
        aria-hidden="true"
        className="mt-1 size-5 shrink-0 text-slate-500 transition-transform group-hover:translate-x-0.5 group-hover:text-brand-700"
      />
    </Link>
  );
}
