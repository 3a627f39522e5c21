import { can, type AnyCtx } from "@/lib/auth/context";
import type { Permission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

/**
 * Explicit state machines: one table of allowed transitions per object (partner
 * lifecycle, orders, claims, deals…), each transition with the permission that may take
 * it and whether a reason is required. Services call `machine.assert(ctx, from, to,
 * reason)` inside the transaction that locked the row (lib/db/concurrency.ts) before
 * writing the new state, then audit it; pages call `machine.available(ctx, from)` to
 * offer exactly the buttons the person may press. The definition is checked when the
 * module loads (unknown states, duplicates, unreachable states fail fast).
 */
export type TransitionRule<S extends string> = {
  from: readonly S[];
  to: S;
  /** who may take it (checked with the permission table, like every other action) */
  permission: Permission;
  /** "required": refused without a non-blank reason (kept in the audit entry) */
  reason: "required" | "optional";
  /** stable name of the action, e.g. "suspend" (audit label and i18n key) */
  action: string;
};

export type StateMachine<S extends string> = {
  name: string;
  states: readonly S[];
  initial: S;
  transitions: readonly TransitionRule<S>[];
  /** the rule for from → to, if the table has one */
  rule(from: S, to: S): TransitionRule<S> | undefined;
  /** the transitions this person may take from `from` */
  available(ctx: AnyCtx, from: S): TransitionRule<S>[];
  /**
   * Checks a requested transition: INVALID_TRANSITION (409) when the table has none,
   * FORBIDDEN when the role lacks its permission, REASON_REQUIRED (422, on the `reason`
   * field) when a reason is required and blank. Returns the rule and the trimmed reason.
   */
  assert(ctx: AnyCtx, from: S, to: S, reason?: string | null): { rule: TransitionRule<S>; reason: string | null };
  /** states with no way out */
  isTerminal(state: S): boolean;
};

export function defineStateMachine<const S extends string>(definition: {
  name: string;
  states: readonly S[];
  initial: S;
  transitions: readonly TransitionRule<S>[];
}): StateMachine<S> {
  const { name, states, initial, transitions } = definition;
  const known = new Set<string>(states);
  const pairs = new Map<string, TransitionRule<S>>();
  for (const rule of transitions) {
    for (const from of rule.from) {
      if (!known.has(from) || !known.has(rule.to)) throw new Error(`${name}: unknown state in ${from} → ${rule.to}`);
      if (from === rule.to) throw new Error(`${name}: ${from} → ${from} is not a transition`);
      const key = `${from}→${rule.to}`;
      if (pairs.has(key)) throw new Error(`${name}: ${key} is declared twice`);
      pairs.set(key, rule);
    }
  }
  if (!known.has(initial)) throw new Error(`${name}: unknown initial state ${initial}`);
  const reached = new Set<S>([initial]);
  for (let grew = true; grew;) {
    grew = false;
    for (const rule of transitions) {
      if (!reached.has(rule.to) && rule.from.some((from) => reached.has(from))) {
        reached.add(rule.to);
        grew = true;
      }
    }
  }
  const unreachable = states.filter((state) => !reached.has(state));
  if (unreachable.length) throw new Error(`${name}: unreachable from ${initial}: ${unreachable.join(", ")}`);

  const rule = (from: S, to: S) => pairs.get(`${from}→${to}`);
  return {
    name,
    states,
    initial,
    transitions,
    rule,
    available: (ctx, from) => transitions.filter((t) => t.from.includes(from) && can(ctx, t.permission)),
    assert(ctx, from, to, reason) {
      const found = rule(from, to);
      if (!found) throw new AppError("INVALID_TRANSITION", { params: { from, to } });
      if (!can(ctx, found.permission)) throw new AppError("FORBIDDEN");
      const trimmed = reason?.trim() || null;
      if (found.reason === "required" && !trimmed) {
        throw new AppError("REASON_REQUIRED", { fields: { reason: ["errors.REASON_REQUIRED"] } });
      }
      return { rule: found, reason: trimmed };
    },
    isTerminal: (state) => !transitions.some((t) => t.from.includes(state)),
  };
}
