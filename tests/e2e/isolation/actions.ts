/**
 * Server actions over HTTP, exactly as the browser calls them: a POST to a page that uses
 * the action, with the `Next-Action` header carrying the action's id from the build's
 * manifest (.next/server/server-reference-manifest.json), the app's `Origin`, and the
 * arguments encoded by React's own `encodeReply` (multipart form data for a form, text for
 * a plain object). The answer is React's flight stream; the action's result is the row
 * the root row points at.
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import type { APIRequestContext } from "@playwright/test";
import { REPO_ROOT, urlTemplate } from "../../../scripts/endpoints/collect";

const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.edge.js") as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

export type BuiltAction = { id: string; file: string; name: string; pages: string[] };

type Manifest = { node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }> };

/** Every server action of the production build, keyed `file#name`. */
export function readActionManifest(): Map<string, BuiltAction> {
  const file = path.join(REPO_ROOT, ".next", "server", "server-reference-manifest.json");
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`next build\` before the end-to-end tests`);
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
  const out = new Map<string, BuiltAction>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    // Worker keys name the pages that import the action: "app/[tenant]/admin/users/page".
    const pages = Object.keys(entry.workers)
      .filter((worker) => worker.endsWith("/page"))
      .map((worker) => urlTemplate(`${worker}.tsx`));
    out.set(`${entry.filename}#${entry.exportedName}`, { id, file: entry.filename, name: entry.exportedName, pages });
  }
  return out;
}

/** What a wrapped action answered (lib/http/action-state.ts). */
export type ActionAnswer = { httpStatus: number; status?: string; code?: string; raw: string };

/**
 * The rows of a flight response: `<hex id>:<json>\n`, or `<hex id>:T<hex byte length>,<text>`
 * for long strings (no newline after the text).
 */
export function flightRows(flight: string): Map<string, string> {
  const bytes = Buffer.from(flight, "utf8");
  const rows = new Map<string, string>();
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(":", at);
    if (colon < 0) break;
    const id = bytes.subarray(at, colon).toString("utf8").trim();
    if (bytes[colon + 1] === "T".charCodeAt(0)) {
      const comma = bytes.indexOf(",", colon);
      const length = parseInt(bytes.subarray(colon + 2, comma).toString("utf8"), 16);
      rows.set(id, JSON.stringify(bytes.subarray(comma + 1, comma + 1 + length).toString("utf8")));
      at = comma + 1 + length;
      continue;
    }
    const end = bytes.indexOf("\n", colon);
    const stop = end < 0 ? bytes.length : end;
    rows.set(id, bytes.subarray(colon + 1, stop).toString("utf8"));
    at = stop + 1;
  }
  return rows;
}

/** The action's result in a flight response: row 0 is `{ a: "$@<row>", … }`. */
export function actionResult(flight: string): { status?: string; code?: string } | null {
  const rows = flightRows(flight);
  try {
    const root = JSON.parse(rows.get("0") ?? "null") as { a?: string } | null;
    const ref = /^\$@([0-9a-f]+)$/.exec(root?.a ?? "")?.[1];
    return ref ? (JSON.parse(rows.get(ref) ?? "null") as { status?: string; code?: string }) : null;
  } catch {
    return null;
  }
}

/**
 * Calls an action as a form would (`useActionState`: previous state, then the input).
 * String-only inputs go as FormData, others as a plain object (the preferences form).
 */
export async function callAction(
  client: APIRequestContext,
  action: BuiltAction,
  url: string,
  input: Record<string, unknown>,
  origin: string,
): Promise<ActionAnswer> {
  const asForm = Object.values(input).every((value) => typeof value === "string");
  let argument: unknown = input;
  if (asForm) {
    const form = new FormData();
    for (const [key, value] of Object.entries(input)) form.append(key, value as string);
    argument = form;
  }
  const body = await encodeReply([undefined, argument]);
  const headers = { "next-action": action.id, origin, accept: "text/x-component" };
  const response =
    typeof body === "string"
      ? await client.post(url, {
          headers: { ...headers, "content-type": "text/plain;charset=UTF-8" },
          data: body,
          maxRedirects: 0,
        })
      : await client.post(url, { headers, multipart: body, maxRedirects: 0 });
  const raw = await response.text();
  const result = actionResult(raw);
  return { httpStatus: response.status(), status: result?.status, code: result?.code, raw };
}
