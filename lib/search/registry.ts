import "server-only";
import { searchAccounts, searchOwnAccounts } from "@/lib/accounts/search";
import { searchApplications } from "@/lib/applications/search";
import { searchDeals, searchOwnDeals, searchOwnRegistrations, searchRegistrations } from "@/lib/deals/search";
import { searchCatalog, searchProducts } from "@/lib/catalog/search";
import { searchNotifications } from "@/lib/notify/search";
import { searchOwnTeam, searchPartners, searchPortalUsers } from "@/lib/partners/search";
import { searchPrograms } from "@/lib/programs/search";
import { searchMembers } from "@/lib/users/search";
import type { SearchProvider } from "./provider";

/**
 * Everything the command palette can find, one line per provider. A module adds its
 * objects by writing `search<Things>(ctx, request)` beside its service (same visibility
 * rule as its lists, `authorize` first) and listing it here with the permission it opens
 * with and a group id in lib/search/types.ts (docs/architecture.md, "Find anything").
 * Groups are shown in SEARCH_GROUPS order; a reader only reaches the providers of their
 * audience whose permission their role holds.
 */
export const SEARCH_PROVIDERS: readonly SearchProvider[] = [
  { group: "partners", audience: "vendor", permission: "partners.read", search: searchPartners },
  { group: "accounts", audience: "vendor", permission: "accounts.read", search: searchAccounts },
  { group: "programs", audience: "vendor", permission: "programs.read", search: searchPrograms },
  { group: "applications", audience: "vendor", permission: "applications.read", search: searchApplications },
  { group: "deals", audience: "vendor", permission: "deals.read", search: searchDeals },
  { group: "registrations", audience: "vendor", permission: "deals.read", search: searchRegistrations },
  { group: "products", audience: "vendor", permission: "catalog.read", search: searchProducts },
  { group: "members", audience: "vendor", permission: "users.read", search: searchMembers },
  { group: "portalUsers", audience: "vendor", permission: "partners.read", search: searchPortalUsers },
  { group: "notifications", audience: "vendor", permission: "notifications.read", search: searchNotifications },
  { group: "deals", audience: "partner", permission: "ownDeals.read", search: searchOwnDeals },
  { group: "registrations", audience: "partner", permission: "ownDeals.read", search: searchOwnRegistrations },
  { group: "team", audience: "partner", permission: "partnerTeam.read", search: searchOwnTeam },
  { group: "accounts", audience: "partner", permission: "ownAccounts.read", search: searchOwnAccounts },
  { group: "products", audience: "partner", permission: "partnerCatalog.read", search: searchCatalog },
  { group: "notifications", audience: "partner", permission: "notifications.read", search: searchNotifications },
];
