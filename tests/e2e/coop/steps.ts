/**
 * The co-op journey's one step that is neither the portal's nor the back office's
 * (tests/e2e/coop.spec.ts), run with the real services against the e2e database as
 * `tsx --import <server-only shim> steps.ts <step>`; prints its answer as JSON on the last line.
 *
 *   invoice   Iberia Tech orders 40 GX-REL-24 from Globex, which ships it: the invoice;
 *             then the worker's accrual job runs for Globex
 *
 * Ordering and shipping have journeys of their own and the accrual job has no screen; the
 * partner's steps are all in the portal and Globex's decisions in its back office.
 */
import { systemCtx } from "@/lib/auth/context";
import { accrueTenant } from "@/lib/coop/accrual";
import { invoiceNumberText } from "@/lib/invoicing/schema";
import { ownerQuery } from "@/tests/fixtures/db";
import { partnerCtxFor, vendorCtxFor } from "@/tests/fixtures/factories";
import { shippedInvoice } from "@/tests/fixtures/invoicing";

async function globex() {
  const [tenant] = await ownerQuery<{ id: string }>(`SELECT id FROM "Tenant" WHERE slug = 'globex'`);
  return { tenantId: tenant!.id, admin: await vendorCtxFor(tenant!.id, "admin@globex.test", "TENANT_ADMIN") };
}

async function main(): Promise<unknown> {
  const [step] = process.argv.slice(2);
  const { tenantId, admin } = await globex();
  switch (step) {
    case "invoice": {
      const iker = await partnerCtxFor(tenantId, "admin@iberia.test");
      const [product] = await ownerQuery<{ id: string }>(
        `SELECT id FROM "Product" WHERE "tenantId" = $1 AND sku = 'GX-REL-24'`,
        [tenantId],
      );
      const { invoiceId } = await shippedInvoice(admin, iker, [{ productId: product!.id, quantity: 40 }], {
        currency: admin.tenant.currency,
      });
      const accrued = await accrueTenant(systemCtx(tenantId));
      const [invoice] = await ownerQuery<{ number: number; subtotalMinor: string }>(
        `SELECT number, "subtotalMinor" FROM "Invoice" WHERE id = $1`,
        [invoiceId],
      );
      const [entry] = await ownerQuery<{ amountMinor: string; fundId: string }>(
        `SELECT "amountMinor", "fundId" FROM "CoopEntry" WHERE "invoiceId" = $1 AND kind = 'ACCRUAL'`,
        [invoiceId],
      );
      return {
        invoiceId,
        invoiceNumber: invoiceNumberText(invoice!.number),
        subtotalMinor: invoice!.subtotalMinor,
        accrued: accrued.entries,
        accrualMinor: entry?.amountMinor ?? null,
        fundId: entry?.fundId ?? null,
      };
    }
    default:
      throw new Error(`unknown step ${step}`);
  }
}

main()
  .then((answer) => {
    console.log(
      JSON.stringify(answer, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value)),
    );
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
