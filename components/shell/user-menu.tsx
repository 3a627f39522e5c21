"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DeferredPopup } from "@/components/ui/deferred-popup";
import { spriteIcon } from "@/components/ui/sprite-icon";

export type UserMenuProps = {
  name: string;
  email: string;
  roleLabel: string;
  profileHref: string;
  /** Development mailbox (development only), apart from the product's own entries. */
  mailboxHref?: string | undefined;
};

function initials(name: string, email: string): string {
  const words = (name.trim() || email).split(/[\s@._-]+/).filter(Boolean);
  return ((words[0]?.[0] ?? "") + (words.length > 1 ? (words[words.length - 1]?.[0] ?? "") : "")).toUpperCase() || "?";
}

const chevron = spriteIcon("chevron-down", "hidden text-slate-500 md:block");

const loadMenu = () => import("./user-menu-loaded");

/**
 * Avatar button with the user's name, role, profile link and "Sign out". The menu itself
 * (Radix, next-auth's sign-out) loads when it is first opened: see DeferredPopup.
 */
export function UserMenu(props: UserMenuProps) {
  const t = useTranslations("shell");
  const { name, email } = props;
  const trigger = (
    <Button variant="ghost" className="gap-2 px-1.5 sm:px-2">
      <span
        aria-hidden="true"
        className="flex size-8 items-center justify-center rounded-full bg-brand-100 text-xs font-semibold text-brand-900"
      >
        {initials(name, email)}
      </span>
      <span className="sr-only">{t("userMenu")}: </span>
      <span className="hidden max-w-40 truncate text-sm font-medium text-slate-800 md:inline">{name || email}</span>
      <span className="sr-only md:hidden">{name || email}</span>
      {chevron}
    </Button>
  );
  return <DeferredPopup popup="menu" trigger={trigger} load={loadMenu} props={props} />;
}
