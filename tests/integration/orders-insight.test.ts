/**
 * Account insight on PostgreSQL (lib/orders/insight.ts): trailing volume from the invoices,
 * the distance to the next price break as the pricing engine gave it for each open line,
 * the next tier as the programs module evaluated it, open receivables and credit headroom —
 * on the partner 360, the back office's order and the partner's own cart; another partner's
 * or tenant's ids are NOT_FOUND.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { enrolPartner } from "@/lib/programs/enrolment";
import { orderInsight, ownOrderInsight, partnerInsight } from "@/lib/orders/insight";
import { approvalRuleSchema, creditLimitSchema } from "@/lib/orders/schema";
import { createApprovalRule, setCreditLimit } from "@/lib/orders/settings";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { seedProduct } from "@/tests/fixtures/catalog";
import { seedPriceList } from "@/tests/fixtures/pricing";
import { createLadderProgram, record } from "@/tests/fixtures/programs";
import { draftOf, placeOrder, stockUp } from "@/tests/fixtures/orders";
import { shippedInvoice } from "@/tests/fixtures/invoicing";

let admin: VendorCtx;
let rep: VendorCtx;
let other: VendorCtx;
let partner: PartnerCtx;
let rival: PartnerCtx;
let widget: { id: string; sku: string };

beforeAll(async () => {
  admin = await createTestTenant();
  other = await createTestTenant();
  [rep, partner, rival] = await Promise.all([addVendorUser(admin, "SALES_REP"), createPartnerWithUser(admin, "PARTNER_ADMIN"), createPartnerWithUser(admin, "PARTNER_ADMIN")]);
  widget = await seedProduct(admin, { nameEn: "Widget", nameEs: "Artilugio" });
  // 10.00 each, 8.00 from 10 units, 7.00 from 50
  await seedPriceList(admin, { target: "BASE" }, [[widget.sku, 1, "PRICE", "10.00"], [widget.sku, 10, "PRICE", "8.00"], [widget.sku, 50, "PRICE", "7.00"]]);
  await stockUp(admin, widget.id, 1000);
});

describe("account insight", () => {
  it("volume, the engine's next break per open line, the evaluated next tier, receivables and credit — explained from their sources", async () => {
    // 2 shipped → invoiced 20.00 (no tax set: the default 0 %)
    await shippedInvoice(admin, partner, [{ productId: widget.id, quantity: 2 }]);
    const { programId } = await createLadderProgram(admin);
    await record(admin, partner.partnerId, "CERTIFIED_PEOPLE", "3");
    await record(admin, partner.partnerId, "REVENUE_T12M", "10000");
    await enrolPartner(admin, { partnerId: partner.partnerId, programId });
    await setCreditLimit(admin, creditLimitSchema.parse({ partnerId: partner.partnerId, currency: "USD", limit: "500.00" }));
    const cart = await draftOf(partner, [{ productId: widget.id, quantity: 6 }]);

    const own = await ownOrderInsight(partner, cart.id);
    // the engine's answer kept on the line: 4 more units reach 10 at 8.00 (now 10.00)
    expect(own.breaks.map((b) => [b.sku, b.quantity, b.unitPriceMinor, b.next.quantity, b.next.more, b.next.unitPriceMinor])).toEqual([[widget.sku, 6, 1000n, 10, 4, 800n]]);
    expect(own.volume!.rows).toEqual([{ currency: "USD", netMinor: 2000n, invoices: 1 }]);
    expect(own.receivables).toEqual([{ currency: "USD", openMinor: 2000n, overdueMinor: 0n, creditMinor: 0n }]);
    // the credit check's own exposure: 20.00 open (the cart is not submitted)
    expect(own.credit).toEqual({ currency: "USD", limitMinor: 50000n, exposureMinor: 2000n });
    const tier = own.tier!.outlook!;
    expect([tier.tier?.name, tier.next?.name]).toEqual(["Registered", "Silver"]);
    expect(tier.next!.missing.map((r) => r.metric)).toEqual(["REVENUE_T12M"]);
    const [rule] = tier.next!.missing;
    expect(BigInt(rule!.minimum) - BigInt(rule!.value)).toBe(BigInt(rule!.shortBy));

    // the back office reads the same, for this order or (the 360) every open order's lines
    const vendorView = await orderInsight(rep, cart.id);
    expect(vendorView.breaks).toEqual(own.breaks);
    expect(vendorView.receivables).toEqual(own.receivables);
    // a big order waits for approval: its prices are not locked yet
    await createApprovalRule(admin, approvalRuleSchema.parse({ name: "Big", condition: "ORDER_TOTAL_AT_LEAST", amount: "300", currency: "USD", approverPermission: "orders.approve" }));
    const submitted = await placeOrder(partner, [{ productId: widget.id, quantity: 48 }]);
    expect(submitted.status).toBe("PENDING_APPROVAL");
    const whole = await partnerInsight(rep, partner.partnerId);
    // closest first: 2 more of the submitted 48 reach 50; then the cart's 4
    expect(whole.breaks.map((b) => [b.orderId, b.next.more])).toEqual([[submitted.id, 2], [cart.id, 4]]);
    // the submission counts in the exposure now: 20.00 + 48 × 8.00
    expect(whole.credit!.exposureMinor).toBe(2000n + 38400n);
  });

  it("an approved order's prices are locked: its lines are no longer offered a break", async () => {
    // under the approval rule's 300.00: approved at submission
    const placed = await placeOrder(rival, [{ productId: widget.id, quantity: 9 }]);
    expect(placed.status).toBe("APPROVED");
    expect((await orderInsight(admin, placed.id)).breaks).toEqual([]);
  });

  it("another partner's or tenant's order or partner is NOT_FOUND; a partner with no program has none", async () => {
    const cart = await draftOf(rival, [{ productId: widget.id, quantity: 1 }]);
    await rejectsWith(ownOrderInsight(partner, cart.id), "NOT_FOUND");
    const foreign = await addVendorUser(other, "TENANT_ADMIN");
    await rejectsWith(orderInsight(foreign, cart.id), "NOT_FOUND");
    await rejectsWith(partnerInsight(foreign, rival.partnerId), "NOT_FOUND");
    expect((await ownOrderInsight(rival, cart.id)).tier).toEqual({ outlook: null });
  });
});
