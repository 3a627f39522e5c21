"use client";

import * as React from "react";
import * as Menu from "@radix-ui/react-dropdown-menu";
import { Check } from "lucide-react";
import { cn } from "./cn";

/**
 * Radix DropdownMenu: arrow keys, typeahead, Escape and focus return come built in.
 * Not modal: a modal menu hides the whole page from assistive technology (aria-hidden)
 * while its links stay focusable, which axe reports; Tab or a click outside closes it.
 */
export function DropdownMenu(props: React.ComponentProps<typeof Menu.Root>) {
  return <Menu.Root modal={false} {...props} />;
}
/** Wrap a Button with `asChild`; give icon-only triggers an accessible name. */
export const DropdownMenuTrigger = Menu.Trigger;
export const DropdownMenuGroup = Menu.Group;
export const DropdownMenuRadioGroup = Menu.RadioGroup;

export function DropdownMenuContent({
  className,
  sideOffset = 6,
  align = "end",
  ...props
}: React.ComponentProps<typeof Menu.Content>) {
  return (
    <Menu.Portal>
      <Menu.Content
        sideOffset={sideOffset}
        align={align}
        collisionPadding={8}
        className={cn(
          "z-50 max-h-[var(--radix-dropdown-menu-content-available-height)] min-w-56 overflow-y-auto rounded-lg border border-slate-200 bg-white p-1 text-slate-900 shadow-lg",
          "origin-[var(--radix-dropdown-menu-content-transform-origin)] data-[state=open]:animate-pop-in",
          className,
        )}
        {...props}
      />
    </Menu.Portal>
  );
}

const itemClasses =
  "relative flex min-h-11 cursor-default items-center gap-2 rounded-md px-2 text-sm outline-none select-none sm:min-h-9 " +
  "data-[disabled]:pointer-events-none data-[disabled]:opacity-50 data-[highlighted]:bg-slate-100 data-[highlighted]:text-slate-900 " +
  "[&_svg]:size-4 [&_svg]:shrink-0 [&_svg]:text-slate-500";

export type DropdownMenuItemProps = React.ComponentProps<typeof Menu.Item> & { tone?: "default" | "danger" };

/** A menu action. Use `asChild` with a <Link> for navigation, `onSelect` for actions. */
export function DropdownMenuItem({ className, tone = "default", ...props }: DropdownMenuItemProps) {
  return (
    <Menu.Item
      className={cn(
        itemClasses,
        tone === "danger" &&
          "text-red-700 data-[highlighted]:bg-red-50 data-[highlighted]:text-red-800 [&_svg]:text-red-700",
        className,
      )}
      {...props}
    />
  );
}

/** A choice in a DropdownMenuRadioGroup; the checked one shows a check mark. */
export function DropdownMenuRadioItem({ className, children, ...props }: React.ComponentProps<typeof Menu.RadioItem>) {
  return (
    <Menu.RadioItem className={cn(itemClasses, "pl-8", className)} {...props}>
      <span className="absolute left-2 flex size-4 items-center justify-center">
        <Menu.ItemIndicator>
          <Check aria-hidden="true" className="text-brand-700!" />
        </Menu.ItemIndicator>
      </span>
      {children}
    </Menu.RadioItem>
  );
}

/** An on/off choice (e.g. a column shown or hidden); checked ones show a check mark. */
export function DropdownMenuCheckboxItem({ className, children, ...props }: React.ComponentProps<typeof Menu.CheckboxItem>) {
  return (
    <Menu.CheckboxItem className={cn(itemClasses, "pl-8", className)} {...props}>
      <span className="absolute left-2 flex size-4 items-center justify-center">
        <Menu.ItemIndicator>
          <Check aria-hidden="true" className="text-brand-700!" />
        </Menu.ItemIndicator>
      </span>
      {children}
    </Menu.CheckboxItem>
  );
}

export function DropdownMenuLabel({ className, ...props }: React.ComponentProps<typeof Menu.Label>) {
  return <Menu.Label className={cn("px-2 py-1.5 text-xs font-semibold text-slate-600", className)} {...props} />;
}

export function DropdownMenuSeparator({ className, ...props }: React.ComponentProps<typeof Menu.Separator>) {
  return <Menu.Separator className={cn("-mx-1 my-1 h-px bg-slate-200", className)} {...props} />;
}
