/**
 * Is a POST that claims to call a server action well-formed? Next decodes action bodies
 * before any code of ours runs and answers 500 when that fails (bad JSON, a reference to
 * a part the body does not have, a broken multipart body). proxy.ts asks this first and
 * answers 400 instead, so bad input is never reported as a server failure.
 *
 * Every action of ours is made by an audience wrapper and takes `(previousState, input)`,
 * input being a plain object, FormData or nothing (lib/auth/wrappers/actions.ts); a body
 * that cannot carry that is refused here too. The wrapper checks the input again.
 */

/** Action bodies larger than this are left to Next's own limit (413). */
export const ACTION_BODY_CHECK_LIMIT = 1024 * 1024;

/** References that stand for a value by themselves (React's reply format). */
const SELF_CONTAINED = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D.|n\d{1,300}$)/;
/** References to another part of a multipart body: `$<tag><hex id>` ($@ promise, $Q map, $K form data…). */
const PART_REFERENCE = /^\$([@QWKBiRrXxlAOoUSsLGgMmVv])([0-9a-f]{1,8})$/;

type Parts = { has(key: string): boolean; keys(): Iterable<string> } | null;

function referencesResolve(value: unknown, parts: Parts, depth = 0): boolean {
  if (depth > 64) return false;
  if (typeof value === "string") {
    if (!value.startsWith("$")) return true;
    if (SELF_CONTAINED.test(value)) return true;
    const match = PART_REFERENCE.exec(value);
    if (!match || !parts) return false;
    const id = String(parseInt(match[2]!, 16));
    // Form data is spread over `<id>_<name>` entries (none for an empty FormData).
    return match[1] === "K" || parts.has(id);
  }
  if (Array.isArray(value)) return value.every((item) => referencesResolve(item, parts, depth + 1));
  if (typeof value === "object" && value !== null) {
    return Object.values(value).every((item) => referencesResolve(item, parts, depth + 1));
  }
  return true;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** `[previousState, input?]`, input being an object, a FormData reference or nothing. */
function isWrapperCall(args: unknown): boolean {
  if (!Array.isArray(args) || args.length > 2) return false;
  const input: unknown = args[1];
  if (input === undefined || input === null || input === "$undefined") return true;
  if (typeof input === "string") return /^\$K[0-9a-f]{1,8}$/.test(input);
  return typeof input === "object" && !Array.isArray(input);
}

function wellFormedArguments(text: string, parts: Parts): boolean {
  const parsed = parseJson(text);
  return parsed.ok && isWrapperCall(parsed.value) && referencesResolve(parsed.value, parts);
}

/**
 * Whether the request is a server-action call whose body Next could not decode. Only
 * POSTs with the `Next-Action` header (fetch calls) or multipart bodies (forms posted
 * without JavaScript) are looked at; everything else is not an action call.
 */
export async function isMalformedActionRequest(request: Request): Promise<boolean> {
  if (request.method !== "POST") return false;
  const contentType = request.headers.get("content-type") ?? "";
  const isFetchAction = request.headers.has("next-action");
  const multipart = contentType.startsWith("multipart/form-data");
  if (!isFetchAction && !multipart) return false;
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > ACTION_BODY_CHECK_LIMIT) return false;

  if (!multipart) return !wellFormedArguments(await request.clone().text(), null);

  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    return true;
  }
  if (isFetchAction) {
    const root = form.get("0");
    return typeof root !== "string" || !wellFormedArguments(root, new Set(form.keys()));
  }
  // A form posted without JavaScript: React's bound-action fields must hold JSON.
  for (const [key, value] of form.entries()) {
    if (/^\$ACTION_\d+:\d+$/.test(key) && (typeof value !== "string" || !parseJson(value).ok)) return true;
  }
  return false;
}
