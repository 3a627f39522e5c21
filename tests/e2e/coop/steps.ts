/**
 * The co-op journey's steps that are not the partner's (tests/e2e/coop.spec.ts), run with
 * the real services against the e2e database as `tsx --import <server-only shim> steps.ts
 * <step> [args]`; prints its answer as JSON on the last line.
 *
 *   invoice                  Iberia Tech orders 40 GX-REL-24 from Globex, which ships it:
 *                            the invoice; then the worker's accrual job runs for Globex
 *   approve-request <id>     Globex's admin approves the request in full
 *   approve-pay <id> <inv>   Globex's admin approves the claim and pays it by credit note on the invoice
 *
 * The vendor's decisions go through the services here (the back office's co-op screens have
 * their own journey, coop-admin.spec.ts); the partner's steps are all in the portal.
 */
import { systemCtx } from "@/lib/auth/context";
import { accrueTenant } from "@/lib/coop/accrual";
import { decideClaim } from "@/lib/coop/claims";
import { payClaim } from "@/lib/coop/pay";
import { decideRequest } from "@/lib/coop/requests";
import { decideClaimSchema, decideRequestSchema, payClaimSchema } from "@/lib/coop/schema";
import { invoiceNumberText } from "@/lib/invoicing/schema";
import { ownerQuery } from "@/tests/fixtures/db";
import { partnerCtxFor, vendorCtxFor } from "@/tests/fixtures/factories";
import { shippedInvoice } from "@/tests/fixtures/invoicing";

async function globex() {
  const [tenant] = await ownerQuery<{ id: string }>(`SELECT id FROM "Tenant" WHERE slug = 'globex'`);
  return { tenantId: tenant!.id, admin: await vendorCtxFor(tenant!.id, "admin@globex.test", "TENANT_ADMIN") };
}

async function main(): Promise<unknown> {
  const [step, ...args] = process.argv.slice(2);
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
    case "approve-request": {
      const [row] = await ownerQuery<{ version: number }>(`SELECT version FROM "CoopRequest" WHERE id = $1`, [args[0]]);
      return decideRequest(
        admin,
        decideRequestSchema.parse({
          requestId: args[0],
          version: row!.version,
          decision: "APPROVE",
          reason: "Aprobada.",
        }),
      );
    }
    case "approve-pay": {
      const [row] = await ownerQuery<{ version: number }>(`SELECT version FROM "CoopClaim" WHERE id = $1`, [args[0]]);
      const approved = await decideClaim(
        admin,
        decideClaimSchema.parse({ claimId: args[0], version: row!.version, decision: "APPROVE" }),
      );
      return payClaim(
        admin,
        payClaimSchema.parse({
          claimId: args[0],
          version: approved.version,
          method: "CREDIT_NOTE",
          invoiceId: args[1],
        }),
      );
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
