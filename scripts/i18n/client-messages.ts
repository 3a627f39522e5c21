/**
 * Which translation namespaces the browser needs, read from the code.
 *
 * Client components get their messages from the nearest `<ClientMessages namespaces={…}>`
 * (components/i18n/client-messages.tsx) above them; nothing sends the whole catalog. This
 * module works out, for every route file of `app/` (page, layout, error, loading,
 * not-found, forbidden…):
 *   - the client modules it renders: every `"use client"` module imported from its server
 *     module graph, plus everything those import (named imports are followed through
 *     re-exporting index files, dynamic `import()` too);
 *   - the namespaces they use: the literal argument of every `useTranslations("…")`;
 *   - the namespaces it sends: every `<ClientMessages namespaces={[…]}>` in its own server
 *     graph, and those in the server graphs of the layouts above it that wrap `{children}`
 *     (a layout's ClientMessages around one banner sends nothing to the pages below).
 * tests/unit/client-messages.test.ts fails when a client component uses a namespace that
 * nothing above it sends, when a `ClientMessages` sends one that no client component below
 * it uses, and for `useTranslations()` without a literal namespace in client code.
 * `npx tsx scripts/i18n/client-messages.ts` prints the table.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

export const REPO_ROOT = path.resolve(import.meta.dirname, "..", "..");
const SOURCE_DIRS = ["app", "components", "lib"];
const SKIP_DIRS = new Set(["node_modules", "generated", ".next"]);
/** Route files Next renders, in the order it nests them inside a segment's layout. */
/** The one module that reads the messages above it (to extend them): components/i18n/intl-client.tsx. */
const MESSAGES_SCOPE = "components/i18n/intl-client.tsx";
const ROUTE_FILES =
  /^(layout|template|page|error|loading|not-found|forbidden|unauthorized|global-error|default)\.tsx?$/;

type Import = { file: string; names: string[] | "*" };
type Module = {
  file: string;
  client: boolean;
  imports: Import[];
  /** export name → where it comes from (re-exports), for following named imports */
  reexports: Map<string, Import>;
  starExports: string[];
  /** namespaces used with useTranslations("…") */
  uses: string[];
  /** namespaces sent with <ClientMessages namespaces={[…]}> */
  sends: string[];
  /** those of them sent by a ClientMessages that wraps `{children}` (reach a layout's pages) */
  sendsAround: string[];
  problems: string[];
};

export type RouteReport = {
  file: string;
  clientModules: string[];
  needs: { namespace: string; by: string[] }[];
  sends: { namespace: string; from: string }[];
  missing: { namespace: string; by: string[] }[];
};

export type Analysis = {
  routes: RouteReport[];
  /** `file: namespace` sent by a ClientMessages that no client component below it uses */
  unused: string[];
  problems: string[];
};

const rel = (file: string) => path.relative(REPO_ROOT, file).split(path.sep).join("/");

function walk(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP_DIRS.has(entry.name) || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts"))
      out.push(full);
  }
  return out;
}

function resolveSpecifier(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(REPO_ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null; // a package
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile() && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

function stringArray(node: ts.Expression, consts: Map<string, ts.Expression>): string[] | null {
  let expression = node;
  while (
    ts.isAsExpression(expression) ||
    ts.isSatisfiesExpression(expression) ||
    ts.isParenthesizedExpression(expression)
  ) {
    expression = expression.expression;
  }
  if (ts.isIdentifier(expression) && consts.has(expression.text))
    return stringArray(consts.get(expression.text)!, consts);
  if (!ts.isArrayLiteralExpression(expression)) return null;
  const values: string[] = [];
  for (const element of expression.elements) {
    if (ts.isStringLiteralLike(element)) values.push(element.text);
    else if (ts.isSpreadElement(element)) {
      const spread = stringArray(element.expression, consts);
      if (!spread) return null;
      values.push(...spread);
    } else return null;
  }
  return values;
}

function parseModule(file: string, constsFrom: (file: string, name: string) => ts.Expression | undefined): Module {
  const text = fs.readFileSync(file, "utf8");
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const mod: Module = {
    file,
    client: false,
    imports: [],
    reexports: new Map(),
    starExports: [],
    uses: [],
    sends: [],
    sendsAround: [],
    problems: [],
  };
  const first = source.statements[0];
  mod.client = Boolean(
    first &&
    ts.isExpressionStatement(first) &&
    ts.isStringLiteral(first.expression) &&
    first.expression.text === "use client",
  );

  // Constants usable as `namespaces={NAME}`: this file's `const NAME = [...]` and imported ones.
  const consts = new Map<string, ts.Expression>();
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer)
          consts.set(declaration.name.text, declaration.initializer);
      }
    }
  }

  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const target = resolveSpecifier(file, statement.moduleSpecifier.text);
      if (!target) continue;
      const names: string[] = [];
      let all = !clause; // a side-effect import
      if (clause?.name) names.push("default");
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) all = true;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          if (element.isTypeOnly) continue;
          const imported = (element.propertyName ?? element.name).text;
          names.push(imported);
          const value = constsFrom(target, imported);
          if (value) consts.set(element.name.text, value);
        }
      }
      if (all || names.length) mod.imports.push({ file: target, names: all ? "*" : names });
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      if (statement.isTypeOnly) continue;
      const target = resolveSpecifier(file, statement.moduleSpecifier.text);
      if (!target) continue;
      if (!statement.exportClause) mod.starExports.push(target);
      else if (ts.isNamedExports(statement.exportClause)) {
        for (const element of statement.exportClause.elements) {
          if (element.isTypeOnly) continue;
          mod.reexports.set(element.name.text, { file: target, names: [(element.propertyName ?? element.name).text] });
        }
      }
    }
  }

  /** `<ClientMessages …>…{children}…</ClientMessages>`: what a layout passes on to its pages. */
  const wrapsChildren = (opening: ts.JsxOpeningElement | ts.JsxSelfClosingElement): boolean => {
    if (!ts.isJsxOpeningElement(opening)) return false;
    let found = false;
    const look = (node: ts.Node) => {
      if (found) return;
      if (
        ts.isJsxExpression(node) &&
        node.expression &&
        ((ts.isIdentifier(node.expression) && node.expression.text === "children") ||
          (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "children"))
      )
        found = true;
      else ts.forEachChild(node, look);
    };
    for (const child of opening.parent.children) look(child);
    return found;
  };

  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword) {
        const [specifier] = node.arguments;
        const target = specifier && ts.isStringLiteralLike(specifier) ? resolveSpecifier(file, specifier.text) : null;
        if (target) mod.imports.push({ file: target, names: "*" });
      } else if (ts.isIdentifier(callee) && callee.text === "useTranslations") {
        const [namespace] = node.arguments;
        if (namespace && ts.isStringLiteralLike(namespace)) mod.uses.push(namespace.text);
        else
          mod.problems.push(
            `${rel(file)}: useTranslations needs a literal namespace (what it sends to the browser must be known)`,
          );
      } else if (ts.isIdentifier(callee) && callee.text === "useMessages" && rel(file) !== MESSAGES_SCOPE) {
        mod.problems.push(
          `${rel(file)}: useMessages() reads whatever was sent; read a namespace with useTranslations("…")`,
        );
      }
    }
    if (
      (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) &&
      node.tagName.getText(source) === "ClientMessages"
    ) {
      const attribute = node.attributes.properties.find(
        (property): property is ts.JsxAttribute =>
          ts.isJsxAttribute(property) && property.name.getText(source) === "namespaces",
      );
      const initializer = attribute?.initializer;
      const values =
        initializer && ts.isJsxExpression(initializer) && initializer.expression
          ? stringArray(initializer.expression, consts)
          : null;
      if (values) {
        mod.sends.push(...values);
        if (wrapsChildren(node)) mod.sendsAround.push(...values);
      } else
        mod.problems.push(
          `${rel(file)}: <ClientMessages namespaces={…}> takes an array of string literals (or a const of one)`,
        );
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return mod;
}

export function analyzeClientMessages(root = REPO_ROOT): Analysis {
  const files = SOURCE_DIRS.flatMap((dir) => walk(path.join(root, dir)));
  const exportedConsts = new Map<string, Map<string, ts.Expression>>();
  const constsFrom = (file: string, name: string) => {
    if (!exportedConsts.has(file)) {
      const found = new Map<string, ts.Expression>();
      const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
      for (const statement of source.statements) {
        if (
          ts.isVariableStatement(statement) &&
          statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
        ) {
          for (const declaration of statement.declarationList.declarations) {
            if (ts.isIdentifier(declaration.name) && declaration.initializer)
              found.set(declaration.name.text, declaration.initializer);
          }
        }
      }
      exportedConsts.set(file, found);
    }
    return exportedConsts.get(file)!.get(name);
  };
  const modules = new Map(files.map((file) => [file, parseModule(file, constsFrom)]));

  /** The modules an import really reaches: named imports of an index file go to their source. */
  const targetsOf = (entry: Import, seen = new Set<string>()): string[] => {
    const mod = modules.get(entry.file);
    if (!mod || seen.has(entry.file)) return [];
    seen.add(entry.file);
    if (entry.names === "*" || mod.reexports.size + mod.starExports.length === 0) {
      return [
        entry.file,
        ...[...mod.reexports.values(), ...mod.starExports.map((file) => ({ file, names: "*" as const }))].flatMap((e) =>
          targetsOf(e, seen),
        ),
      ];
    }
    const out = [entry.file];
    for (const name of entry.names) {
      const via = mod.reexports.get(name);
      if (via) out.push(...targetsOf(via, seen));
      else for (const star of mod.starExports) out.push(...targetsOf({ file: star, names: [name] }, seen));
    }
    return out;
  };

  /** Every module reachable from `start`: server graph stops at client modules (returned apart). */
  const serverGraph = (start: string) => {
    const server = new Set<string>();
    const clients = new Set<string>();
    const queue = [start];
    while (queue.length) {
      const file = queue.pop()!;
      const mod = modules.get(file);
      if (!mod) continue;
      if (mod.client) {
        clients.add(file);
        continue;
      }
      if (server.has(file)) continue;
      server.add(file);
      for (const entry of mod.imports) queue.push(...targetsOf(entry));
    }
    return { server, clients };
  };
  const clientGraph = (start: string) => {
    const seen = new Set<string>();
    const queue = [start];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file) || !modules.has(file)) continue;
      seen.add(file);
      for (const entry of modules.get(file)!.imports) queue.push(...targetsOf(entry));
    }
    return seen;
  };

  const problems = new Set<string>();
  const appDir = path.join(root, "app");
  const routeFiles = files.filter(
    (file) => file.startsWith(appDir + path.sep) && ROUTE_FILES.test(path.basename(file)),
  );
  const layoutsAbove = (file: string): string[] => {
    const name = path.basename(file).replace(/\.tsx?$/, "");
    if (name === "global-error") return []; // it replaces the root layout
    const chain: string[] = [];
    let dir = path.dirname(file);
    const dirs: string[] = [];
    while (dir.startsWith(appDir)) {
      dirs.unshift(dir);
      if (dir === appDir) break;
      dir = path.dirname(dir);
    }
    for (const d of dirs) {
      for (const ext of [".tsx", ".ts"]) {
        const layout = path.join(d, `layout${ext}`);
        if (fs.existsSync(layout) && layout !== file) chain.push(layout);
      }
    }
    return chain;
  };

  const used = new Map<string, Set<string>>(); // "file\0namespace" of senders → used
  const senders: { file: string; namespace: string }[] = [];
  for (const mod of modules.values()) for (const namespace of mod.sends) senders.push({ file: mod.file, namespace });
  const senderKey = (file: string, namespace: string) => `${file}\0${namespace}`;

  const routes: RouteReport[] = [];
  for (const file of routeFiles) {
    const own = serverGraph(file);
    const above = new Set<string>();
    for (const layout of layoutsAbove(file))
      for (const server of serverGraph(layout).server) if (!own.server.has(server)) above.add(server);
    const sends = [
      ...[...own.server].flatMap((m) => modules.get(m)!.sends.map((namespace) => ({ namespace, from: m }))),
      ...[...above].flatMap((m) => modules.get(m)!.sendsAround.map((namespace) => ({ namespace, from: m }))),
    ];

    const needs = new Map<string, Set<string>>();
    const clientModules = new Set<string>();
    for (const client of own.clients) {
      for (const reached of clientGraph(client)) {
        clientModules.add(reached);
        const mod = modules.get(reached)!;
        for (const problem of mod.problems) problems.add(problem);
        for (const namespace of mod.uses) {
          if (!needs.has(namespace)) needs.set(namespace, new Set());
          needs.get(namespace)!.add(rel(reached));
        }
      }
    }
    for (const server of own.server)
      for (const problem of modules.get(server)!.problems.filter((p) => p.includes("ClientMessages")))
        problems.add(problem);

    const missing: RouteReport["missing"] = [];
    for (const [namespace, by] of needs) {
      const covering = sends.filter(
        (sent) => namespace === sent.namespace || namespace.startsWith(`${sent.namespace}.`),
      );
      if (covering.length === 0) missing.push({ namespace, by: [...by].sort() });
      // A sender counts as used when what it sends is (part of) what a client here needs.
      for (const sent of sends) {
        if (
          namespace === sent.namespace ||
          namespace.startsWith(`${sent.namespace}.`) ||
          sent.namespace.startsWith(`${namespace}.`)
        ) {
          const key = senderKey(sent.from, sent.namespace);
          if (!used.has(key)) used.set(key, new Set());
          used.get(key)!.add(rel(file));
        }
      }
    }
    routes.push({
      file: rel(file),
      clientModules: [...clientModules].map(rel).sort(),
      needs: [...needs]
        .map(([namespace, by]) => ({ namespace, by: [...by].sort() }))
        .sort((a, b) => a.namespace.localeCompare(b.namespace)),
      sends: sends.map((sent) => ({ namespace: sent.namespace, from: rel(sent.from) })),
      missing,
    });
  }
  const unused = senders
    .filter((sent) => !used.has(senderKey(sent.file, sent.namespace)))
    .map((sent) => `${rel(sent.file)}: ${sent.namespace}`);
  return { routes: routes.sort((a, b) => a.file.localeCompare(b.file)), unused, problems: [...problems].sort() };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const analysis = analyzeClientMessages();
  for (const route of analysis.routes) {
    if (route.needs.length === 0) continue;
    console.log(`${route.file}`);
    for (const need of route.needs) {
      const missing = route.missing.some((m) => m.namespace === need.namespace);
      console.log(`  ${missing ? "MISSING " : ""}${need.namespace}  ← ${need.by.join(", ")}`);
    }
  }
  for (const line of analysis.unused) console.log(`unused: ${line}`);
  for (const line of analysis.problems) console.log(`problem: ${line}`);
}
