import type { NavItem, SwitcherItem } from "@/components/shell";
import type { TenantCtx } from "@/lib/auth/context";
import { searchableGroups } from "@/lib/search/service";
import { paletteCommands } from "./commands.server";
import { CommandPalette } from "./command-palette";

/** The search button of the back office or portal top bar, with its command palette (layouts show it to roles with "search.use"). */
export async function ShellSearch({ ctx, nav, switcher }: { ctx: TenantCtx; nav: NavItem[]; switcher: SwitcherItem[] }) {
  const area = ctx.audience === "vendor" ? "admin" : "portal";
  return (
    <CommandPalette
      endpoint={`/${ctx.tenant.slug}/${area}/search`}
      nav={nav}
      commands={await paletteCommands(ctx, switcher)}
      groups={searchableGroups(ctx)}
      storageKey={`canal.recent:${ctx.tenant.slug}:${area}:${ctx.user.id}`}
    />
  );
}
