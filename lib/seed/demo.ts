import "server-only";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { withScope } from "@/lib/db/scope";
import type { PartnerRole, PartnerType, VendorRole } from "@/lib/generated/prisma/enums";
import { updateNotificationPreferences } from "@/lib/notify/service";
import { createPartner, invitePartnerUser, updatePartnerAccount } from "@/lib/partners/service";
import { inviteTeammate } from "@/lib/partners/team";
import { seedAcmePrograms, seedGlobexPrograms } from "@/lib/seed/programs";
import { createTenantWithAdmin } from "@/lib/tenancy/service";
import { seedBrand } from "./brand";
import { acceptInvitation } from "@/lib/users/invitation-link";
import { listPendingInvitations, respondToInvitation } from "@/lib/users/invitations";
import { inviteVendorUser } from "@/lib/users/service";
import { issueToken } from "@/lib/users/tokens";
import { seedLifecycleDemo } from "./demo-lifecycle";
import { seedAcmeAccounts, seedGlobexAccounts } from "./demo-accounts";
import { seedAcmeActivities, seedGlobexActivities } from "./demo-activities";
import { seedAcmeDeals, seedGlobexDeals } from "./demo-deals";
import { seedAcmeLeads, seedGlobexLeads } from "./demo-leads";
import { seedAcmeCatalog, seedGlobexCatalog } from "./demo-catalog";
import { seedAcmeConfigurator, seedGlobexConfigurator } from "./demo-configurator";
import { seedAcmePrices, seedGlobexPrices } from "./demo-prices";
import { seedAcmeOrders, seedGlobexOrders } from "./demo-orders";
import { seedAcmeWarranties, seedAcmeWarrantyPolicies, seedGlobexWarranties } from "./demo-warranties";
import { seedBiasedPartnerForecast, seedForecasts, seedOrderHistory } from "./demo-forecasting";
import { seedAcmeCoop, seedGlobexCoop } from "./demo-coop";

/** Every demo login uses this password (listed in the README). */
export const DEMO_PASSWORD = "Canal-Demo-2026";

const META = { requestId: "seed", ip: null };

export const DEMO_VENDOR_USERS: { email: string; name: string; role: VendorRole }[] = [
  { email: "manager@acme.test", name: "Marta Channel", role: "CHANNEL_MANAGER" },
  { email: "rep@acme.test", name: "Rafael Sales", role: "SALES_REP" },
  { email: "finance@acme.test", name: "Fiona Finance", role: "FINANCE" },
];

export const DEMO_PARTNERS: {
  name: string;
  type: PartnerType;
  country: string;
  users: { email: string; name: string; role: PartnerRole }[];
  /** the vendor's rules: seat limit and channel manager (by e-mail) */
  seatLimit?: number;
  channelManager?: string;
  /** invited by the partner's first admin in the portal, not accepted yet */
  pendingInvitations?: { email: string; name: string; role: PartnerRole }[];
}[] = [
  {
    name: "Northwind Distribution",
    type: "DISTRIBUTOR",
    country: "US",
    users: [
      { email: "admin@northwind.test", name: "Nora Northwind", role: "PARTNER_ADMIN" },
      { email: "buyer@northwind.test", name: "Ben Buyer", role: "PARTNER_USER" },
    ],
    seatLimit: 5,
    channelManager: "manager@acme.test",
    pendingInvitations: [{ email: "sales@northwind.test", name: "Sam Sales", role: "PARTNER_USER" }],
  },
  {
    name: "Bluepeak Systems",
    type: "VAR",
    country: "ES",
    users: [{ email: "admin@bluepeak.test", name: "Blanca Peña", role: "PARTNER_ADMIN" }],
    // every seat in use: Blanca's team page shows the limit reached
    seatLimit: 1,
  },
  // suspended (./demo-lifecycle.ts): Luis sees his portal read-only, with the banner
  {
    name: "Lumen Retail",
    type: "RETAILER",
    country: "MX",
    users: [{ email: "admin@lumen.test", name: "Luis Lumen", role: "PARTNER_ADMIN" }],
  },
];

/** Sets the password of an invited demo user through the real invitation flow. */
async function acceptAsDemoUser(userEmail: string, name: string, tenantId: string) {
  const token = await withScope({ audience: "system", tenantId, userEmail }, async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { email: userEmail } });
    return issueToken(tx, { userId: user.id, purpose: "INVITATION", tenantId });
  });
  await acceptInvitation(META, { token, name, password: DEMO_PASSWORD });
}

/** An existing login accepts its pending invitation(s), as on the workspace chooser. */
async function acceptAsExistingUser(userEmail: string) {
  const user = await withScope({ audience: "anonymous", userEmail }, (tx) =>
    tx.user.findUniqueOrThrow({
      where: { email: userEmail },
      select: { id: true, email: true, name: true, locale: true, phone: true },
    }),
  );
  const ctx = { audience: "user" as const, user, ...META };
  for (const invitation of await listPendingInvitations(ctx)) {
    await respondToInvitation(ctx, { kind: invitation.kind, seatId: invitation.seatId, accept: true });
  }
}

/** The portal context of a demo partner user (as the session loader builds it). */
async function partnerCtxOf(tenantId: string, email: string): Promise<PartnerCtx> {
  return withScope({ audience: "system", tenantId, userEmail: email }, async (tx) => {
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId } });
    const user = await tx.user.findUniqueOrThrow({ where: { email } });
    const seat = await tx.partnerUser.findUniqueOrThrow({
      where: { tenantId_userId: { tenantId, userId: user.id } },
      include: { partner: { select: { id: true, name: true, type: true, status: true } } },
    });
    return {
      audience: "partner",
      tenantId,
      tenant,
      role: seat.role,
      partnerId: seat.partner.id,
      partner: seat.partner,
      user: { id: user.id, email: user.email, name: user.name, locale: user.locale, phone: user.phone },
      ...META,
    };
  });
}

async function membershipIdOf(tenantId: string, email: string): Promise<string> {
  return withScope({ audience: "system", tenantId, userEmail: email }, async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    return (await tx.membership.findUniqueOrThrow({ where: { tenantId_userId: { tenantId, userId: user.id } } })).id;
  });
}

async function adminCtx(tenantId: string, email: string): Promise<VendorCtx> {
  return vendorCtxOf(tenantId, email);
}

/** The back-office context of a demo vendor user, in the role their seat holds. */
async function vendorCtxOf(tenantId: string, email: string): Promise<VendorCtx> {
  return withScope({ audience: "system", tenantId, userEmail: email }, async (tx) => {
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId } });
    const user = await tx.user.findUniqueOrThrow({ where: { email } });
    const seat = await tx.membership.findUniqueOrThrow({ where: { tenantId_userId: { tenantId, userId: user.id } }, select: { role: true } });
    return {
      audience: "vendor",
      tenantId,
      tenant,
      role: seat.role,
      user: { id: user.id, email: user.email, name: user.name, locale: user.locale, phone: user.phone },
      ...META,
    };
  });
}

/**
 * The demo data a fresh clone starts with: tenant `acme` with a user of every vendor
 * role and portal users of two partners, plus tenant `globex` where Acme's channel
 * manager also holds a seat (to show the workspace switcher and isolation). Acme is set
 * up (its checklist is done); Globex is not (its admin sees the setup checklist).
 * Northwind has a channel manager, a seat limit and a teammate its admin invited who has
 * not answered yet; Bluepeak uses every seat it is allowed.
 */
export async function seedDemo(): Promise<void> {
  const acme = await createTenantWithAdmin(
    {
      tenantName: "Acme Industrial",
      slug: "acme",
      defaultLocale: "en",
      currency: "USD",
      timeZone: "America/New_York",
      adminName: "Ada Admin",
      email: "admin@acme.test",
      password: DEMO_PASSWORD,
    },
    META,
  );
  const ctx = await adminCtx(acme.tenantId, "admin@acme.test");
  await seedBrand(ctx, { logo: "acme-logo.png", color: "#0f766e" });
  for (const member of DEMO_VENDOR_USERS) {
    await inviteVendorUser(ctx, member);
    await acceptAsDemoUser(member.email, member.name, acme.tenantId);
  }
  // Acme is set up: its brand (above), and its admin's choice of alerts (the checklist's last step).
  await updateNotificationPreferences(ctx, { events: [{ type: "partner.created", email: true, sms: false, inApp: true }] });
  const partnerIds = new Map<string, string>();
  for (const spec of DEMO_PARTNERS) {
    const partner = await createPartner(ctx, { name: spec.name, type: spec.type, country: spec.country });
    partnerIds.set(spec.name, partner.id);
    for (const user of spec.users) {
      await invitePartnerUser(ctx, { partnerId: partner.id, ...user });
      await acceptAsDemoUser(user.email, user.name, acme.tenantId);
    }
    if (spec.seatLimit !== undefined || spec.channelManager) {
      await updatePartnerAccount(ctx, {
        partnerId: partner.id,
        seatLimit: spec.seatLimit ?? null,
        channelManagerId: spec.channelManager ? await membershipIdOf(acme.tenantId, spec.channelManager) : null,
      });
    }
    const [firstAdmin] = spec.users;
    for (const invitation of spec.pendingInvitations ?? []) {
      await inviteTeammate(await partnerCtxOf(acme.tenantId, firstAdmin!.email), invitation);
    }
  }
  await seedAcmePrograms({ ctx, partnerCtx: (email) => partnerCtxOf(acme.tenantId, email) });

  await seedAcmeAccounts(ctx, {
    partners: partnerIds,
    memberships: new Map(
      await Promise.all(DEMO_VENDOR_USERS.map(async (m) => [m.email, await membershipIdOf(acme.tenantId, m.email)] as const)),
    ),
    portal: (email) => partnerCtxOf(acme.tenantId, email),
  });
  await seedAcmeActivities(ctx, {
    partners: partnerIds,
    portal: (email) => partnerCtxOf(acme.tenantId, email),
    vendor: (email) => vendorCtxOf(acme.tenantId, email),
  });
  await seedAcmeDeals(ctx, { portal: (email) => partnerCtxOf(acme.tenantId, email) });
  await seedAcmeLeads(ctx, { portal: (email) => partnerCtxOf(acme.tenantId, email) });
  const acmeProducts = await seedAcmeCatalog(ctx);
  const acmeManager = await vendorCtxOf(acme.tenantId, "manager@acme.test");
  await seedAcmePrices(ctx, acmeManager, acmeProducts, partnerIds);
  await seedAcmeConfigurator(ctx, acmeProducts, await partnerCtxOf(acme.tenantId, "admin@northwind.test"));
  // before the orders, so the demo shipments pin them on their units
  const extensionOfferId = await seedAcmeWarrantyPolicies(ctx, partnerIds);
  // Three years of history before the recent orders (which keep the newest numbers). Only
  // for a partner without a credit limit: the history carries no invoices yet, so its
  // deliveries would count as open exposure and hold the demo's orders for credit.
  await seedOrderHistory(ctx, {
    partners: [{ id: partnerIds.get("Lumen Retail")!, size: 40, growth: 0.012 }],
    products: ["RTR-100", "SW-24", "AP-200", "CBL-C6-3", "LIC-SEC-1Y"].map((sku) => acmeProducts.get(sku)!),
    months: 36,
    seed: 15,
  });
  await seedAcmeOrders(ctx, {
    manager: acmeManager,
    finance: await vendorCtxOf(acme.tenantId, "finance@acme.test"),
    products: acmeProducts,
    partnerIds,
    portal: (email) => partnerCtxOf(acme.tenantId, email),
  });
  await seedAcmeWarranties(ctx, { manager: acmeManager, extensionOfferId, portal: (email) => partnerCtxOf(acme.tenantId, email) });
  // Lumen Retail's own forecast ran about 45 % above its purchases: the partner-bias diagnostic
  await seedBiasedPartnerForecast(ctx, await partnerCtxOf(acme.tenantId, "admin@lumen.test"), "Expecting the new store openings to double our network orders.");
  await seedForecasts(ctx, {
    manager: acmeManager,
    partner: await partnerCtxOf(acme.tenantId, "admin@northwind.test"),
    amounts: ["52000", "48000", "61000", "58000", "55000", "63000"],
    commit: { amount: "95000", reason: "Hospital network tender confirmed for this month." },
  });
  // after the orders: their invoices accrue co-op
  await seedAcmeCoop(ctx, { finance: await vendorCtxOf(acme.tenantId, "finance@acme.test"), partnerIds, portal: (email) => partnerCtxOf(acme.tenantId, email) });

  const globex = await createTenantWithAdmin(
    {
      tenantName: "Globex Components",
      slug: "globex",
      defaultLocale: "es",
      currency: "EUR",
      timeZone: "Europe/Madrid",
      adminName: "Gloria Admin",
      email: "admin@globex.test",
      password: DEMO_PASSWORD,
    },
    META,
  );
  const globexCtx = await adminCtx(globex.tenantId, "admin@globex.test");
  await seedBrand(globexCtx, { logo: "globex-logo.png", color: "#b91c1c" });
  await inviteVendorUser(globexCtx, { email: "manager@acme.test", name: "Marta Channel", role: "SALES_REP" });
  await acceptAsExistingUser("manager@acme.test");
  const globexPartner = await createPartner(globexCtx, { name: "Iberia Tech", type: "OEM", country: "ES" });
  await invitePartnerUser(globexCtx, {
    partnerId: globexPartner.id,
    email: "admin@iberia.test",
    name: "Iker Ibarra",
    role: "PARTNER_ADMIN",
  });
  await acceptAsDemoUser("admin@iberia.test", "Iker Ibarra", globex.tenantId);
  await seedGlobexPrograms({ ctx: globexCtx, partnerCtx: (email) => partnerCtxOf(globex.tenantId, email) });
  await seedLifecycleDemo({ acme: ctx, globex: globexCtx });
  await seedGlobexAccounts(globexCtx, {
    partners: new Map([["Iberia Tech", globexPartner.id]]),
    portal: (email) => partnerCtxOf(globex.tenantId, email),
  });
  await seedGlobexActivities(globexCtx, {
    partners: new Map([["Iberia Tech", globexPartner.id]]),
    portal: (email) => partnerCtxOf(globex.tenantId, email),
    vendor: (email) => vendorCtxOf(globex.tenantId, email),
  });
  await seedGlobexDeals(globexCtx, { portal: (email) => partnerCtxOf(globex.tenantId, email) });
  await seedGlobexLeads(globexCtx, { portal: (email) => partnerCtxOf(globex.tenantId, email) });
  const globexProducts = await seedGlobexCatalog(globexCtx);
  await seedGlobexPrices(globexCtx, globexProducts, new Map([["Iberia Tech", globexPartner.id]]));
  await seedGlobexConfigurator(globexCtx, await partnerCtxOf(globex.tenantId, "admin@iberia.test"));
  await seedOrderHistory(globexCtx, {
    partners: [{ id: globexPartner.id, size: 60, growth: 0.01 }],
    products: ["GX-REL-24", "GX-PSU-60", "GX-TMP", "GX-PLC-S"].map((sku) => globexProducts.get(sku)!),
    months: 36,
    seed: 16,
  });
  await seedGlobexOrders(globexCtx, { products: globexProducts, portal: (email) => partnerCtxOf(globex.tenantId, email) });
  await seedGlobexWarranties(globexCtx, { partnerId: globexPartner.id, portal: (email) => partnerCtxOf(globex.tenantId, email) });
  // Iberia Tech's earlier forecast ran about 45 % above its purchases: the partner-bias diagnostic
  await seedBiasedPartnerForecast(globexCtx, await partnerCtxOf(globex.tenantId, "admin@iberia.test"), "Contamos con la ampliación de la línea de envasado desde este trimestre.");
  await seedForecasts(globexCtx, {
    manager: globexCtx,
    partner: await partnerCtxOf(globex.tenantId, "admin@iberia.test"),
    amounts: ["4200", "3900", "4600", "4400", "4100", "4800"],
    commit: { amount: "7000", reason: "Pedido marco de la planta de envasado confirmado para este mes." },
  });
  await seedGlobexCoop(globexCtx, { partnerId: globexPartner.id, portal: (email) => partnerCtxOf(globex.tenantId, email) });
}

/** True once any tenant exists (the launcher seeds only an empty database). */
export async function hasAnyTenant(): Promise<boolean> {
  const rows = await withScope({ audience: "system", tenantSlug: "acme" }, (tx) =>
    tx.tenant.findMany({ where: { slug: "acme" }, select: { id: true }, take: 1 }),
  );
  return rows.length > 0;
}
