"use client";

import Link from "next/link";
import { signOut } from "next-auth/react";
import { ChevronDown, CircleUser, LogOut, Mail } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

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

/** Avatar button with the user's name, role, profile link and "Sign out". */
export function UserMenu({ name, email, roleLabel, profileHref, mailboxHref }: UserMenuProps) {
  const t = useTranslations("shell");
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
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
          <ChevronDown aria-hidden="true" className="hidden text-slate-500 md:block" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent className="w-64">
        <DropdownMenuLabel className="space-y-0.5 py-2 font-normal">
          <span className="block truncate text-sm font-semibold text-slate-900">{name}</span>
          <span className="block truncate text-xs text-slate-600">{email}</span>
          <span className="block text-xs text-slate-600">{roleLabel}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href={profileHref}>
            <CircleUser aria-hidden="true" />
            {t("profile")}
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => void signOut({ callbackUrl: "/login" })}>
          <LogOut aria-hidden="true" />
          {t("signOut")}
        </DropdownMenuItem>
        {mailboxHref && (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuLabel>{t("developerTools")}</DropdownMenuLabel>
            <DropdownMenuItem asChild>
              <Link href={mailboxHref}>
                <Mail aria-hidden="true" />
                {t("mailbox")}
              </Link>
            </DropdownMenuItem>
          </>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
