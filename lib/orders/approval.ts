import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PricedLine } from "./pricing";
import { APPROVER_PERMISSIONS } from "./schema";

/**
 * Special orders: which submitted orders wait for an approver, and who that may be.
 * Rules are the vendor's (ApprovalRule): an order total at or above an amount, a line
 * asking for a price below the list price, a line over a quantity (of one product or of
 * any). A requested price below list ALWAYS needs an approver — without a rule for it,
 * a holder of `orders.approve`. When several rules match, the strictest approver
 * permission wins (the order of APPROVER_PERMISSIONS, weakest first).
 */

export type ApprovalReason =
  | { kind: "ORDER_TOTAL_AT_LEAST"; ruleId: string; rule: string; amountMinor: string; currency: string }
  | { kind: "PRICE_BELOW_LIST"; ruleId: string | null; rule: string | null; sku: string; listUnitPriceMinor: string; requestedUnitPriceMinor: string }
  | { kind: "QUANTITY_OVER"; ruleId: string; rule: string; sku: string; quantity: number; limit: number };

export type ApprovalRuleRow = {
  id: string;
  name: string;
  condition: "ORDER_TOTAL_AT_LEAST" | "PRICE_BELOW_LIST" | "QUANTITY_OVER";
  amountMinor: bigint | null;
  currency: string | null;
  quantity: number | null;
  productId: string | null;
  approverPermission: string;
};

export type ApprovalDecision = { required: boolean; reasons: ApprovalReason[]; approverPermission: string | null };

const strength = (permission: string) => (APPROVER_PERMISSIONS as readonly string[]).indexOf(permission);

/** Pure: the rules that match an order of `currency` with these priced lines and total. */
export function evaluateApproval(rules: readonly ApprovalRuleRow[], order: { currency: string; totalMinor: bigint }, lines: readonly PricedLine[]): ApprovalDecision {
  const reasons: ApprovalReason[] = [];
  const permissions: string[] = [];
  for (const rule of rules) {
    if (rule.condition === "ORDER_TOTAL_AT_LEAST" && rule.currency === order.currency && rule.amountMinor !== null && order.totalMinor >= rule.amountMinor) {
      reasons.push({ kind: rule.condition, ruleId: rule.id, rule: rule.name, amountMinor: rule.amountMinor.toString(), currency: order.currency });
      permissions.push(rule.approverPermission);
    }
    if (rule.condition === "QUANTITY_OVER" && rule.quantity !== null) {
      for (const line of lines) {
        if ((rule.productId === null || rule.productId === line.productId) && line.quantity > rule.quantity) {
          reasons.push({ kind: rule.condition, ruleId: rule.id, rule: rule.name, sku: line.sku, quantity: line.quantity, limit: rule.quantity });
          permissions.push(rule.approverPermission);
        }
      }
    }
  }
  const belowListRules = rules.filter((r) => r.condition === "PRICE_BELOW_LIST");
  for (const line of lines) {
    if (line.requestedUnitPriceMinor === null) continue;
    const rule = belowListRules[0] ?? null;
    reasons.push({
      kind: "PRICE_BELOW_LIST",
      ruleId: rule?.id ?? null,
      rule: rule?.name ?? null,
      sku: line.sku,
      listUnitPriceMinor: line.listUnitPriceMinor.toString(),
      requestedUnitPriceMinor: line.requestedUnitPriceMinor.toString(),
    });
    permissions.push(...(belowListRules.length ? belowListRules.map((r) => r.approverPermission) : ["orders.approve"]));
  }
  if (!reasons.length) return { required: false, reasons, approverPermission: null };
  const approverPermission = permissions.reduce((a, b) => (strength(b) > strength(a) ? b : a));
  return { required: true, reasons, approverPermission };
}

/** A row of `approvalRulesSql` (the amount as text: the statement is sent by hand, lib/orders/submit.ts). */
type RuleRow = Omit<ApprovalRuleRow, "amountMinor"> & { amountMinor: string | null };

/** The tenant's active rules (every session reads them: row-level security, migration …_orders); rows go to `approvalRulesOf`. */
export const approvalRulesSql = (tenantId: string) => Prisma.sql`
    SELECT "id", "name", "condition"::text AS "condition", "amountMinor"::text AS "amountMinor", "currency", "quantity", "productId", "approverPermission"
      FROM "ApprovalRule" WHERE "tenantId" = ${tenantId} AND "active" ORDER BY "createdAt", "id"`;

export const approvalRulesOf = (rows: readonly RuleRow[]): ApprovalRuleRow[] =>
  rows.map((r) => ({ ...r, amountMinor: r.amountMinor === null ? null : BigInt(r.amountMinor) }));
