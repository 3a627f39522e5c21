import "server-only";
import { getTranslations } from "next-intl/server";
import type { SwitcherItem } from "@/components/shell";
import type { TenantCtx } from "@/lib/auth/context";
import { listWorkspaces } from "@/lib/tenancy/service";

/** Every workspace of the signed-in user as shell switcher items; the current one marked. */
export async function workspaceSwitcher(ctx: TenantCtx): Promise<SwitcherItem[]> {
  const [t, workspaces] = await Promise.all([getTranslations("admin.switcher"), listWorkspaces(ctx)]);
  return workspaces.map((workspace) => ({
    href: workspace.href,
    label:
      workspace.audience === "vendor"
        ? t("vendor", { tenant: workspace.tenantName })
        : t("partner", { tenant: workspace.tenantName, partner: workspace.partnerName ?? "" }),
    current: workspace.tenantSlug === ctx.tenant.slug && workspace.audience === ctx.audience,
  }));
}
