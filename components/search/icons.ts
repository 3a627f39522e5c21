import { Bell, ClipboardCheck, Contact, Handshake, Plus, UserPlus, Users, type LucideIcon } from "lucide-react";
import { navIcons } from "@/components/shell/nav-icons";
import type { PaletteIcon } from "./types";

/** The lucide icon of each PaletteIcon key. */
export const paletteIcons: Record<PaletteIcon, LucideIcon> = {
  ...navIcons,
  create: Plus,
  invite: UserPlus,
  partners: Handshake,
  registrations: ClipboardCheck,
  members: Users,
  portalUsers: Contact,
  team: Users,
  notifications: Bell,
};

export const isPaletteIcon = (value: unknown): value is PaletteIcon => typeof value === "string" && Object.hasOwn(paletteIcons, value);
