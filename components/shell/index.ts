export { AdminShell, PortalShell } from "./app-shell";
export { Brand } from "./brand";
export type { NavIcon, NavItem, ShellProps, SwitcherItem } from "./types";
