"use client";

import Link from "@/components/ui/link";
import { signOut } from "next-auth/react";
import { CircleUser, LogOut, Mail } from "lucide-react";
import { useTranslations } from "next-intl";
import { useKeyboardEntry, type LoadedPopupProps } from "@/components/ui/deferred-popup";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { UserMenuProps } from "./user-menu";

/** The user menu once first opened (./user-menu.tsx shows only its button until then). */
export default function UserMenuLoaded({
  name,
  email,
  roleLabel,
  profileHref,
  mailboxHref,
  trigger,
  openedBy,
}: UserMenuProps & LoadedPopupProps) {
  const t = useTranslations("shell");
  const content = useKeyboardEntry(openedBy);
  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
      <DropdownMenuContent ref={content} className="w-64">
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
