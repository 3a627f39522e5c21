export { AdminShell, PortalShell } from "./app-shell";
export { Brand } from "./brand";
export { PageState, type PageStateKind, type PageStateProps } from "./page-state";
export type { NavIcon, NavItem, ShellBrand, ShellProps, SwitcherItem } from "./types";
