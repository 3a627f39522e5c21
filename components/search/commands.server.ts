import "server-only";
import { getTranslations } from "next-intl/server";
import type { SwitcherItem } from "@/components/shell";
import { can, type TenantCtx } from "@/lib/auth/context";
import type { PaletteCommand } from "./types";

/**
 * The palette's commands beyond the shell's navigation (which it gets as the shell's own
 * `nav` list, already filtered by permission: `withNavCommands`): the user's notification
 * preferences, the actions this role may take and the other workspaces of the switcher.
 */
export async function paletteCommands(ctx: TenantCtx, switcher: SwitcherItem[]): Promise<PaletteCommand[]> {
  const t = await getTranslations("search.commands");
  const base = `/${ctx.tenant.slug}/${ctx.audience === "vendor" ? "admin" : "portal"}`;
  const commands: (PaletteCommand | false)[] = [
    can(ctx, "notifications.configure") && {
      id: "nav:notification-settings",
      section: "navigation",
      label: t("notificationSettings"),
      href: `${base}/profile/notifications`,
      icon: "settings",
    },
    // The list pages open these dialogs from the URL (dashboard shortcuts use the same links).
    can(ctx, "partners.manage") && {
      id: "action:new-partner",
      section: "actions",
      label: t("newPartner"),
      href: `${base}/partners?new=1`,
      icon: "create",
    },
    can(ctx, "users.manage") && {
      id: "action:invite-colleague",
      section: "actions",
      label: t("inviteColleague"),
      href: `${base}/users?invite=1`,
      icon: "invite",
    },
    ...switcher
      .filter((item) => !item.current)
      .map((item): PaletteCommand => ({
        id: `workspace:${item.href}`,
        section: "workspaces",
        label: t("switchTo", { workspace: item.label }),
        href: item.href,
        icon: "workspaces",
      })),
  ];
  return commands.filter((command): command is PaletteCommand => command !== false);
}
