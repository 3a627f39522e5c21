import {
  Bell,
  Handshake,
  History,
  Map as MapIcon,
  PiggyBank,
  Receipt,
  ShoppingCart,
  Target,
  TrendingUp,
  Trophy,
  Users,
  Webhook,
  type LucideIcon,
} from "lucide-react";

/**
 * What the landing page may promise. A capability is "available" only when it names the
 * page that delivers it (tests/unit/landing.test.ts checks that the file exists); the rest
 * is shown as the roadmap. A module that lands moves its entry up by naming its page.
 */
export type Capability = { key: string; icon: LucideIcon; shippedIn: string | null };

export const CAPABILITIES: Capability[] = [
  { key: "partners", icon: Handshake, shippedIn: "app/[tenant]/admin/partners/page.tsx" },
  { key: "team", icon: Users, shippedIn: "app/[tenant]/admin/users/page.tsx" },
  { key: "alerts", icon: Bell, shippedIn: "app/[tenant]/admin/profile/notifications/page.tsx" },
  { key: "audit", icon: History, shippedIn: "app/[tenant]/admin/audit/page.tsx" },
  { key: "lifecycle", icon: Trophy, shippedIn: null },
  { key: "coop", icon: PiggyBank, shippedIn: null },
  { key: "deals", icon: Target, shippedIn: null },
  { key: "territories", icon: MapIcon, shippedIn: null },
  { key: "orders", icon: ShoppingCart, shippedIn: null },
  { key: "forecasting", icon: TrendingUp, shippedIn: null },
  { key: "pricing", icon: Receipt, shippedIn: null },
  { key: "integrations", icon: Webhook, shippedIn: null },
];

export const AVAILABLE = CAPABILITIES.filter((c) => c.shippedIn !== null);
export const ROADMAP = CAPABILITIES.filter((c) => c.shippedIn === null);
