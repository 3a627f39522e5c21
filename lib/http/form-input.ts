import { AppError } from "@/lib/errors";
import { stripNul } from "./sanitize";

/**
 * Turns what a server action received into the plain object its zod schema parses.
 *
 * - FormData (a form posted without JavaScript, or a programmatic call) is unflattened:
 *   the form kit names nested fields with dots, exactly like its error keys
 *   ("invites.1.email" → `{ invites: [, { email }] }`); a repeated name becomes a list.
 * - A plain object (the form kit with JavaScript) is copied.
 *
 * NUL characters are removed from every string (PostgreSQL text cannot hold them). Input
 * that no form of ours can produce — not an object, nesting deeper than MAX_DEPTH, list
 * positions past MAX_INDEX, prototype keys — is refused as BAD_REQUEST.
 */
const MAX_DEPTH = 8;
const MAX_INDEX = 999;
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

const malformed = () => new AppError("BAD_REQUEST");

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function clean(value: unknown, depth: number): unknown {
  if (typeof value === "string") return stripNul(value);
  if (depth > MAX_DEPTH) throw malformed();
  if (Array.isArray(value)) {
    if (value.length > MAX_INDEX + 1) throw malformed();
    return value.map((item) => clean(item, depth + 1));
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (FORBIDDEN_KEYS.has(key)) throw malformed();
      out[stripNul(key)] = clean(item, depth + 1);
    }
    return out;
  }
  // Numbers, booleans, null, undefined, Files and Dates are left to the schema.
  return value;
}

type Container = Record<string, unknown> | unknown[];

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  if (path.length > MAX_DEPTH) throw malformed();
  let node: Container = target;
  path.forEach((segment, index) => {
    if (FORBIDDEN_KEYS.has(segment) || segment === "") throw malformed();
    const last = index === path.length - 1;
    const position = /^\d+$/.test(segment) ? Number(segment) : null;
    if (position !== null && position > MAX_INDEX) throw malformed();
    const key: string | number = Array.isArray(node) ? (position ?? -1) : segment;
    if (key === -1) throw malformed();
    const current = (node as Record<string | number, unknown>)[key];
    if (last) {
      // A repeated name (checkbox group, multi-select) collects its values in order.
      (node as Record<string | number, unknown>)[key] =
        current === undefined ? value : Array.isArray(current) ? [...current, value] : [current, value];
      return;
    }
    if (current === undefined) {
      const nextIsIndex = /^\d+$/.test(path[index + 1] ?? "");
      (node as Record<string | number, unknown>)[key] = nextIsIndex ? [] : {};
    } else if (typeof current !== "object" || current === null) {
      throw malformed(); // "a" and "a.b" in the same form
    }
    node = (node as Record<string | number, Container>)[key]!;
  });
}

export function readActionInput(input: unknown): Record<string, unknown> {
  if (input === undefined || input === null) return {};
  if (input instanceof FormData) {
    const out: Record<string, unknown> = {};
    for (const [rawKey, value] of input.entries()) {
      // React's own fields for actions posted without JavaScript.
      if (rawKey.startsWith("$ACTION")) continue;
      const key = stripNul(rawKey);
      setPath(out, key.split("."), typeof value === "string" ? stripNul(value) : value);
    }
    return out;
  }
  if (!isPlainObject(input)) throw malformed();
  return clean(input, 0) as Record<string, unknown>;
}

const SECRET_FIELD = /password|token|secret/i;

/**
 * The submitted values to render a form again after a failed submission without
 * JavaScript: text, choices and lists, never secrets or files.
 */
export function echoValues(values: Record<string, unknown>): Record<string, unknown> {
  const copy = (value: unknown): unknown => {
    if (typeof value === "string" || typeof value === "boolean") return value;
    if (Array.isArray(value)) return value.map(copy);
    if (isPlainObject(value)) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        if (SECRET_FIELD.test(key)) continue;
        const copied = copy(item);
        if (copied !== undefined) out[key] = copied;
      }
      return out;
    }
    return undefined;
  };
  return copy(values) as Record<string, unknown>;
}
