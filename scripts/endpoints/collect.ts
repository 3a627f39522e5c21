/**
 * Every entry point of the app with its audience and permission, read from the code:
 * pages (`app/**\/page.tsx`), route handlers (`app/**\/route.ts`) and server actions (the
 * exports of every `"use server"` file). The audience comes from the wrapper that makes the
 * entry point (`vendorPage`, `partnerAction`, …), the permission from its first argument,
 * and the roles allowed from lib/auth/permissions.ts.
 *
 * Used by `npm run endpoints` (writes docs/endpoints.json), by the snapshot test that fails
 * when that file is stale, and by the end-to-end isolation matrix, which calls every entry
 * point as every kind of visitor and computes who must be refused from the same data.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { PREVIEW_PERMISSIONS, USER_PERMISSIONS, rolesWithPermission, type Permission } from "../../lib/auth/permissions";

export type Audience = "vendor" | "partner" | "user" | "public";
type Kind = "page" | "route" | "action";

type EndpointBase = {
  file: string;
  audience: Audience;
  /** null only for public entry points */
  permission: Permission | null;
  /** Who passes the guard: role names, "signed-in" or "anyone". */
  allowed: string[];
  /**
   * Portal entry points only: the vendor roles that reach it while previewing a partner's
   * portal (lib/auth/preview.ts) — reads within PREVIEW_PERMISSIONS; [] = refused (every action).
   */
  preview?: string[];
};
export type PageEndpoint = EndpointBase & { path: string };
export type RouteEndpoint = EndpointBase & { path: string; method: string; note?: string };
export type ActionEndpoint = EndpointBase & { name: string };
export type Endpoints = { pages: PageEndpoint[]; routes: RouteEndpoint[]; actions: ActionEndpoint[] };

export const REPO_ROOT = path.resolve(import.meta.dirname, "..", "..");
const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** wrapper name → what it makes and for whom */
const WRAPPERS: Record<string, { kind: Kind; audience: Audience }> = {
  vendorPage: { kind: "page", audience: "vendor" },
  partnerPage: { kind: "page", audience: "partner" },
  userPage: { kind: "page", audience: "user" },
  publicPage: { kind: "page", audience: "public" },
  vendorRoute: { kind: "route", audience: "vendor" },
  partnerRoute: { kind: "route", audience: "partner" },
  publicRoute: { kind: "route", audience: "public" },
  vendorAction: { kind: "action", audience: "vendor" },
  partnerAction: { kind: "action", audience: "partner" },
  userAction: { kind: "action", audience: "user" },
  publicAction: { kind: "action", audience: "public" },
};

const SKIP_DIRS = new Set(["node_modules", "generated", ".next"]);

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP_DIRS.has(entry.name) || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out;
}

const rel = (root: string, file: string) => path.relative(root, file).split(path.sep).join("/");

/** `app/[tenant]/admin/partners/[partnerId]/page.tsx` → `/[tenant]/admin/partners/[partnerId]`. */
export function urlTemplate(relativeFile: string): string {
  const segments = relativeFile
    .split("/")
    .slice(1, -1) // drop "app" and the file name
    .filter((segment) => !/^\(.*\)$/.test(segment)); // route groups are not in the URL
  return `/${segments.join("/")}`;
}

/** Who passes a guard of this audience with this permission. */
export function allowedFor(audience: Audience, permission: Permission | null): string[] {
  if (audience === "public") return ["anyone"];
  if (!permission) throw new Error(`a ${audience} entry point must declare a permission`);
  if (audience === "user") return (USER_PERMISSIONS as readonly string[]).includes(permission) ? ["signed-in"] : [];
  return rolesWithPermission(permission)[audience];
}

type Wrapped = { wrapper: string; kind: Kind; audience: Audience; permission: Permission | null };

/** `vendorPage<P>("perm", …)` → its wrapper and permission; anything else → null. */
function wrappedCall(node: ts.Expression | undefined, file: string): Wrapped | null {
  if (!node || !ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return null;
  const wrapper = node.expression.text;
  const meta = WRAPPERS[wrapper];
  if (!meta) return null;
  if (meta.audience === "public") return { wrapper, ...meta, permission: null };
  const first = node.arguments[0];
  if (!first || !ts.isStringLiteralLike(first)) {
    throw new Error(`${file}: ${wrapper}(…) must name its permission as a string literal first argument`);
  }
  const permission = first.text as Permission;
  if (allowedFor(meta.audience, permission).length === 0) {
    throw new Error(`${file}: no ${meta.audience} role holds "${permission}" (lib/auth/permissions.ts)`);
  }
  return { wrapper, ...meta, permission };
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

function parse(file: string): ts.SourceFile {
  const text = fs.readFileSync(file, "utf8");
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

/** `export const NAME = wrapper(…)` declarations of a module. */
function exportedConsts(source: ts.SourceFile): { name: string; init: ts.Expression | undefined }[] {
  return source.statements.filter(ts.isVariableStatement).filter(isExported).flatMap((statement) =>
    statement.declarationList.declarations.map((d) => ({ name: d.name.getText(source), init: d.initializer })),
  );
}

function hasUseServer(source: ts.SourceFile): boolean {
  const first = source.statements[0];
  return !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use server";
}

/** Who reaches a portal entry point in a preview: reads only (pages, GET routes) of the preview's permissions. */
export function previewFor(kind: Kind, audience: Audience, permission: Permission | null, method?: string): string[] | undefined {
  if (audience !== "partner") return undefined;
  const reads = kind === "page" || (kind === "route" && (method === "GET" || method === "HEAD"));
  const readable = reads && (PREVIEW_PERMISSIONS as readonly string[]).includes(permission ?? "");
  return readable ? rolesWithPermission("partners.preview").vendor : [];
}

function endpoint(file: string, wrapped: Wrapped, method?: string): EndpointBase {
  const preview = previewFor(wrapped.kind, wrapped.audience, wrapped.permission, method);
  return {
    file,
    audience: wrapped.audience,
    permission: wrapped.permission,
    allowed: allowedFor(wrapped.audience, wrapped.permission),
    ...(preview ? { preview } : {}),
  };
}

function collectPage(root: string, file: string): PageEndpoint {
  const source = parse(file);
  const relative = rel(root, file);
  const exported = source.statements.find(ts.isExportAssignment);
  const wrapped = wrappedCall(exported?.expression, relative);
  if (!wrapped || wrapped.kind !== "page") throw new Error(`${relative}: export default must be made by a page wrapper`);
  return { path: urlTemplate(relative), ...endpoint(relative, wrapped) };
}

function collectRoute(root: string, file: string): RouteEndpoint[] {
  const source = parse(file);
  const relative = rel(root, file);
  // The reason may run over several comment lines.
  const reason = /@public-route: ([^\n]+(?:\n\s*\/\/[^\n]*)*)/
    .exec(source.text)?.[1]
    ?.replace(/\n\s*\/\/\s*/g, " ")
    .trim();
  const out: RouteEndpoint[] = [];
  for (const { name, init } of exportedConsts(source)) {
    if (!HTTP_METHODS.has(name)) continue;
    const wrapped = wrappedCall(init, relative);
    if (!wrapped || wrapped.kind !== "route") throw new Error(`${relative}: ${name} must be made by a route wrapper`);
    out.push({ path: urlTemplate(relative), method: name, ...endpoint(relative, wrapped, name) });
  }
  // `export { handler as GET }`: only with an explained @public-route exception (next-auth).
  for (const statement of source.statements.filter(ts.isExportDeclaration)) {
    const clause = statement.exportClause;
    if (!clause || !ts.isNamedExports(clause)) continue;
    for (const element of clause.elements) {
      if (!HTTP_METHODS.has(element.name.text)) continue;
      if (!reason) throw new Error(`${relative}: ${element.name.text} is re-exported without a wrapper or @public-route reason`);
      out.push({
        path: urlTemplate(relative),
        method: element.name.text,
        file: relative,
        audience: "public",
        permission: null,
        allowed: ["anyone"],
        note: reason,
      });
    }
  }
  if (out.length === 0) throw new Error(`${relative}: exports no HTTP method`);
  return out;
}

function collectActions(root: string, file: string): ActionEndpoint[] {
  const source = parse(file);
  if (!hasUseServer(source)) return [];
  const relative = rel(root, file);
  return exportedConsts(source).map(({ name, init }) => {
    const wrapped = wrappedCall(init, relative);
    if (!wrapped || wrapped.kind !== "action") throw new Error(`${relative}: ${name} must be made by an action wrapper`);
    return { name, ...endpoint(relative, wrapped) };
  });
}

const byKey = <T>(key: (item: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b));

/** Reads the code under `root` (the repository by default) and lists every entry point. */
export function collectEndpoints(root: string = REPO_ROOT): Endpoints {
  const appFiles = walk(path.join(root, "app"));
  const actionFiles = [...appFiles, ...walk(path.join(root, "components")), ...walk(path.join(root, "lib"))];
  return {
    pages: appFiles
      .filter((f) => /[/\\]page\.tsx?$/.test(f))
      .map((f) => collectPage(root, f))
      .sort(byKey((p) => p.path)),
    routes: appFiles
      .filter((f) => /[/\\]route\.tsx?$/.test(f))
      .flatMap((f) => collectRoute(root, f))
      .sort(byKey((r) => `${r.path} ${r.method}`)),
    actions: actionFiles.flatMap((f) => collectActions(root, f)).sort(byKey((a) => `${a.file} ${a.name}`)),
  };
}

export const SNAPSHOT_FILE = path.join(REPO_ROOT, "docs", "endpoints.json");

/**
 * The committed snapshot's exact text: valid JSON with one line per entry point, so a
 * change of audience, permission or roles is a one-line diff in review.
 */
export function renderSnapshot(endpoints: Endpoints): string {
  const oneLine = (value: unknown) => JSON.stringify(value, null, 1).replace(/\n\s*/g, " ");
  const section = (name: keyof Endpoints) =>
    `  ${JSON.stringify(name)}: [\n${endpoints[name].map((entry) => `    ${oneLine(entry)}`).join(",\n")}\n  ]`;
  const comment =
    "Every page, route handler and server action with its audience, permission and the roles it admits " +
    "(and, for the portal, the vendor roles that reach it read-only in a preview as partner). " +
    "Generated from the code by `npm run endpoints`; a test fails when it is stale, so changes to who may call what show in review.";
  return `{\n  "$comment": ${JSON.stringify(comment)},\n${(["pages", "routes", "actions"] as const).map(section).join(",\n")}\n}\n`;
}
