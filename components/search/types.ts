import type { NavIcon } from "@/components/shell";
import type { SearchGroupId } from "@/lib/search/types";

/** Icons the palette draws: the shell's, plus actions and result groups. */
export type PaletteIcon = NavIcon | "create" | "invite" | SearchGroupId;

/** Sections of commands the layout gives the palette; results groups follow them. */
export const COMMAND_SECTIONS = ["navigation", "actions", "workspaces"] as const;
export type CommandSection = (typeof COMMAND_SECTIONS)[number];

/** A page or action the reader may open, already translated and filtered by permission on the server. */
export type PaletteCommand = { id: string; section: CommandSection; label: string; href: string; icon: PaletteIcon };

/** Anything the palette can open: a command, a search hit or a recent item. */
export type PaletteEntry = { id: string; label: string; detail: string | null; href: string; icon: PaletteIcon };
