/**
 * Notifications by role: a preferences page offers only the events that can reach that
 * person in that workspace, derived from the permission that chooses each event's
 * recipients (lib/notify/events.ts `audience`, the same table usersWithPermission reads).
 * And the e-mails of a workspace carry its brand.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { PARTNER_ROLE_LIST, VENDOR_ROLE_LIST, partnerCan, rolesWithPermission, vendorCan } from "@/lib/auth/permissions";
import { eventConcerns } from "@/lib/notify/audience";
import { EVENTS, TUNABLE_EVENTS, type EventType } from "@/lib/notify/events";
import { getNotificationSettings, updateNotificationPreferences } from "@/lib/notify/service";
import { renderEmail } from "@/lib/notify/templates";
import { createPartner } from "@/lib/partners/service";
import { updateBrand } from "@/lib/branding/service";
import { brandColors, contrastRatio } from "@/lib/branding/colors";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { capturedEmails } from "@/tests/fixtures/mailbox";

let admin: VendorCtx;
let rep: VendorCtx;
let partnerAdmin: PartnerCtx;
let partnerUser: PartnerCtx;

const offered = async (ctx: VendorCtx | PartnerCtx) => (await getNotificationSettings(ctx)).events.map((e) => e.type).sort();

beforeAll(async () => {
  admin = await createTestTenant();
  rep = await addVendorUser(admin, "SALES_REP");
  partnerAdmin = await createPartnerWithUser(admin, "PARTNER_ADMIN");
  partnerUser = await createPartnerWithUser(admin, "PARTNER_USER", { partnerId: partnerAdmin.partnerId });
});

/** What a partner's users hear about its deals (lib/deals), in alphabetical order. */
const PARTNER_DEAL_EVENTS = ["deal.approved", "deal.expired", "deal.expiring", "deal.extensionDecided", "deal.rejected", "deal.stageChanged"];
/** …and about its orders (lib/orders). */
const PARTNER_ORDER_EVENTS = ["order.approved", "order.cancelled", "order.held", "order.rejected", "order.shipped"];
/** …and about its invoices (lib/invoicing), in alphabetical order among the rest. */
const PARTNER_INVOICE_EVENTS = ["invoice.issued", "invoice.overdue"];

describe("which events each audience is offered", () => {
  it("every tunable event says who receives it", () => {
    for (const type of TUNABLE_EVENTS) expect((EVENTS[type] as { audience?: unknown }).audience, type).toBeDefined();
  });

  it("per role, from the permission table: an event is offered exactly to the roles that can receive it", () => {
    for (const type of TUNABLE_EVENTS) {
      const audience = (EVENTS[type] as { audience: { permissions?: readonly string[]; seat?: string } }).audience;
      for (const role of VENDOR_ROLE_LIST) {
        const expected = audience.seat ? audience.seat === "vendor" : audience.permissions!.some((p) => vendorCan(role, p as never));
        expect(eventConcerns(type, { side: "vendor", holds: (p) => vendorCan(role, p) }), `${type} for ${role}`).toBe(expected);
      }
      for (const role of PARTNER_ROLE_LIST) {
        const expected = audience.seat ? audience.seat === "partner" : audience.permissions!.some((p) => partnerCan(role, p as never));
        expect(eventConcerns(type, { side: "partner", holds: (p) => partnerCan(role, p) }), `${type} for ${role}`).toBe(expected);
      }
    }
  });

  it("a partner user is not offered “a partner was created”; a partner admin hears when a teammate joins", async () => {
    // Both hear about their own company's tier, its deals and tasks (every portal user can be
    // given tasks); admins, who accept agreements, also about new versions.
    const tasks = ["task.assigned", "task.overdue", "task.reminder"];
    // …and the steps of their warranty claims
    const warranties = ["warranty.claimOverdue", "warranty.claimUpdated"];
    expect(await offered(partnerUser)).toEqual(["creditNote.issued", ...PARTNER_DEAL_EVENTS, ...PARTNER_INVOICE_EVENTS, ...PARTNER_ORDER_EVENTS, "ownTier.changed", "payment.received", ...tasks, ...warranties]);
    // Admins answer lead offers, so they hear of new ones.
    expect(await offered(partnerAdmin)).toEqual([
      "agreement.published",
      "creditNote.issued",
      ...PARTNER_DEAL_EVENTS,
      "invitation.accepted",
      ...PARTNER_INVOICE_EVENTS,
      "lead.offered",
      ...PARTNER_ORDER_EVENTS,
      "ownTier.changed",
      "payment.received",
      ...tasks,
      ...warranties,
    ]);
    expect(rolesWithPermission("partners.manage").partner).toEqual([]);
  });

  it("vendor roles see what their permissions bring them", async () => {
    // Everything but the partner side's news about its own program and its own registrations.
    const portalOnly = ["agreement.published", "ownTier.changed", "deal.approved", "deal.extensionDecided", "deal.rejected", "lead.offered", "invoice.issued", "payment.received", "creditNote.issued"];
    const all = TUNABLE_EVENTS.filter((type) => !portalOnly.includes(type)).sort();
    expect(await offered(admin)).toEqual(all);
    // A sales rep manages no users and no partners: news about their own seat, their tasks,
    // partners' status changes (they read partners) and deals in their territories.
    expect(await offered(rep)).toEqual([
      "deal.expired",
      "deal.expiring",
      "deal.registered",
      "deal.stageChanged",
      // overdue invoices of the partners they follow (they read invoices)
      "invoice.overdue",
      "lead.accepted",
      "lead.declined",
      "lead.timedOut",
      "member.roleChanged",
      // the orders of the partners they follow (they read orders)
      "order.approved",
      "order.cancelled",
      "order.rejected",
      "order.shipped",
      "partner.statusChanged",
      "task.assigned",
      "task.overdue",
      "task.reminder",
    ]);
  });

  it("saving an event the page did not offer is refused, and nothing is saved", async () => {
    await rejectsWith(
      updateNotificationPreferences(partnerUser, { events: [{ type: "partner.created", email: true, sms: false, inApp: true }] }),
      "VALIDATION_FAILED",
    );
    await updateNotificationPreferences(partnerAdmin, { events: [{ type: "invitation.accepted", email: false, sms: false, inApp: true }] });
    expect((await getNotificationSettings(partnerAdmin)).events).toEqual(
      expect.arrayContaining([{ type: "invitation.accepted", email: false, sms: false, inApp: true }]),
    );
    expect((await getNotificationSettings(partnerAdmin)).events.map((event) => event.type)).not.toContain("partner.created");
  });

  it("each event type in the catalog has words in the preferences list", async () => {
    const en = (await import("@/lib/i18n/messages/en/notifications.json")).default as { events: Record<string, string> };
    for (const type of Object.keys(EVENTS) as EventType[]) expect(en.events[type.replace(".", "_")], type).toBeTruthy();
  });
});

describe("e-mails carry the workspace's brand", () => {
  it("the band and the button in the brand colour, the footer naming the workspace", async () => {
    await updateBrand(admin, { brandColor: "#0f766e", logoFileId: null });
    const manager = await addVendorUser(admin, "CHANNEL_MANAGER");
    await createPartner(admin, { name: "Branded Partner", type: "OEM", country: null });
    await updateNotificationPreferences(manager, { events: [{ type: "partner.created", email: true, sms: false, inApp: false }] });
    await createPartner(admin, { name: "Branded Partner Two", type: "OEM", country: null });
    const [mail] = await capturedEmails({ to: manager.user.email, take: 1 });
    expect(mail!.subject).toContain("Branded Partner Two");
    expect(mail!.html).toContain(`background:#0f766e;color:#ffffff`);
    expect(mail!.html).toContain(admin.tenant.name);
    expect(mail!.text.startsWith(admin.tenant.name)).toBe(true);
    expect(mail!.text).toContain(`from ${admin.tenant.name} on Canal`);
  });

  it("text on the brand colour always meets WCAG AA; account e-mails keep Canal's own look", () => {
    for (const color of ["#ffffff", "#fde047", "#0f766e", "#000000", "#7c3aed", "#22c55e"]) {
      const { background, text } = brandColors(color);
      expect(contrastRatio(background, text), color).toBeGreaterThanOrEqual(4.5);
    }
    const account = renderEmail({ type: "password.reset", locale: "en", params: { name: "A" }, link: "/reset-password/x" });
    expect(account.html).toContain("background:#1d4ed8");
    expect(account.html).not.toContain("undefined");
  });
});
