/**
 * The state-machine helper (lib/state-machine.ts): the table decides, permissions come
 * from the permission table, reasons are enforced, and broken tables fail at load.
 */
import { describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { defineStateMachine } from "@/lib/state-machine";

const tenant = { id: "ten_1", slug: "acme", name: "Acme", defaultLocale: "en", currency: "USD", timeZone: "UTC" };
const user = { id: "usr_1", email: "a@example.test", name: "A", locale: "en", phone: null };
const vendor = (role: VendorCtx["role"]) =>
  ({ audience: "vendor", user, tenant, tenantId: tenant.id, role, requestId: "r", ip: null }) as VendorCtx;
const partner = {
  audience: "partner",
  user,
  tenant,
  tenantId: tenant.id,
  role: "PARTNER_ADMIN",
  partnerId: "ptn_1",
  requestId: "r",
  ip: null,
} as unknown as PartnerCtx;

const machine = defineStateMachine({
  name: "sample",
  states: ["DRAFT", "OPEN", "HELD", "CLOSED"],
  initial: "DRAFT",
  transitions: [
    { from: ["DRAFT"], to: "OPEN", permission: "partners.manage", reason: "optional", action: "open" },
    { from: ["OPEN"], to: "HELD", permission: "partners.manage", reason: "required", action: "hold" },
    { from: ["HELD"], to: "OPEN", permission: "partners.manage", reason: "optional", action: "release" },
    { from: ["OPEN", "HELD"], to: "CLOSED", permission: "users.manage", reason: "required", action: "close" },
  ],
});

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? error.code : "not an AppError";
  }
  return undefined;
}

describe("defineStateMachine", () => {
  it("allows exactly the table's transitions, for the roles holding their permission", () => {
    const manager = vendor("CHANNEL_MANAGER");
    expect(machine.assert(manager, "DRAFT", "OPEN").rule.action).toBe("open");
    expect(codeOf(() => machine.assert(manager, "DRAFT", "HELD", "x"))).toBe("INVALID_TRANSITION");
    expect(codeOf(() => machine.assert(manager, "CLOSED", "OPEN"))).toBe("INVALID_TRANSITION");
    expect(codeOf(() => machine.assert(manager, "OPEN", "CLOSED", "done"))).toBe("FORBIDDEN");
    expect(machine.assert(vendor("TENANT_ADMIN"), "HELD", "CLOSED", "done").rule.action).toBe("close");
    expect(codeOf(() => machine.assert(vendor("SALES_REP"), "DRAFT", "OPEN"))).toBe("FORBIDDEN");
    expect(codeOf(() => machine.assert(partner, "DRAFT", "OPEN"))).toBe("FORBIDDEN");
  });

  it("requires a non-blank reason where the table says so, and trims it", () => {
    const manager = vendor("CHANNEL_MANAGER");
    expect(codeOf(() => machine.assert(manager, "OPEN", "HELD"))).toBe("REASON_REQUIRED");
    expect(codeOf(() => machine.assert(manager, "OPEN", "HELD", "   "))).toBe("REASON_REQUIRED");
    expect(machine.assert(manager, "OPEN", "HELD", "  credit check ")).toMatchObject({ reason: "credit check" });
    expect(machine.assert(manager, "DRAFT", "OPEN", "")).toMatchObject({ reason: null });
    try {
      machine.assert(manager, "OPEN", "HELD");
    } catch (error) {
      expect((error as AppError).fields).toEqual({ reason: ["errors.REASON_REQUIRED"] });
    }
  });

  it("offers each person the buttons they may press, and knows terminal states", () => {
    expect(machine.available(vendor("CHANNEL_MANAGER"), "OPEN").map((t) => t.action)).toEqual(["hold"]);
    expect(machine.available(vendor("TENANT_ADMIN"), "OPEN").map((t) => t.action)).toEqual(["hold", "close"]);
    expect(machine.available(vendor("SALES_REP"), "OPEN")).toEqual([]);
    expect(machine.isTerminal("CLOSED")).toBe(true);
    expect(machine.isTerminal("HELD")).toBe(false);
  });

  it("fails at load for unknown states, duplicates, self-loops and unreachable states", () => {
    const rule = { permission: "partners.manage", reason: "optional", action: "x" } as const;
    expect(() =>
      defineStateMachine({
        name: "bad",
        states: ["A", "B"],
        initial: "A",
        transitions: [{ ...rule, from: ["A"], to: "C" as "B" }],
      }),
    ).toThrow(/unknown state/);
    expect(() =>
      defineStateMachine({
        name: "bad",
        states: ["A", "B"],
        initial: "A",
        transitions: [
          { ...rule, from: ["A"], to: "B" },
          { ...rule, from: ["A"], to: "B" },
        ],
      }),
    ).toThrow(/declared twice/);
    expect(() =>
      defineStateMachine({
        name: "bad",
        states: ["A"],
        initial: "A",
        transitions: [{ ...rule, from: ["A"], to: "A" }],
      }),
    ).toThrow(/not a transition/);
    expect(() =>
      defineStateMachine({
        name: "bad",
        states: ["A", "B", "C"],
        initial: "A",
        transitions: [{ ...rule, from: ["A"], to: "B" }],
      }),
    ).toThrow(/unreachable from A: C/);
  });
});
