/**
 * Two rules every service keeps, checked on the code itself rather than on the paths some
 * test happens to take:
 *
 * 1. An exported function that takes a request context checks its permission first
 *    (`authorize(ctx, "…")`), so a page or action that forgets its guard is still refused.
 *    Functions without a context (sign-up, reset, unsubscribe) check their own credential:
 *    a signed token or nothing at all, and are only reachable from public entry points.
 * 2. Nothing an entry point gets back from lib/ — a service result, an action's result —
 *    carries a field named like a secret (`passwordHash`, `tokenHash`, `codeHash`, …),
 *    on any path: TypeScript's checker reads the union of every `return`.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "@/scripts/endpoints/collect";
import { SECRET_FIELD, secretFieldPaths } from "@/lib/http/secret-fields";
import { functionOf, projectProgram, returnedTypes, secretPaths } from "./type-walk";

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

const rel = (file: string) => path.relative(REPO_ROOT, file).split(path.sep).join("/");
const parse = (file: string) => ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);

/**
 * lib/ modules that are request plumbing, not services: they hold configuration (env),
 * the session and wrappers (auth), HTTP helpers, translations and logging. Entry points
 * import them for what they are; their results are not data a service chose.
 */
const PLUMBING = /^lib\/(auth|http|i18n)\/|^lib\/(env|log|errors|ids)\.ts$/;
/** …and the database layer, whose `withScope<T>` only passes a service's own result through. */
const SERVICE_PLUMBING = new RegExp(`${PLUMBING.source}|^lib\\/db\\/`);

describe("services check their permission first", () => {
  const contextType = /\b(Vendor|Partner|Tenant|User|Any)Ctx\b/;
  const offenders: string[] = [];
  const checked: string[] = [];

  for (const file of walk(path.join(REPO_ROOT, "lib")).filter((f) => !PLUMBING.test(rel(f)))) {
    const source = parse(file);
    for (const statement of source.statements) {
      if (!ts.isFunctionDeclaration(statement) || !statement.name || !statement.body) continue;
      if (!(ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      const first = statement.parameters[0];
      if (!first?.type || !contextType.test(first.type.getText(source))) continue;
      const name = `${rel(file)}: ${statement.name.text}`;
      checked.push(name);
      const opening = statement.body.statements[0];
      const call = opening && ts.isExpressionStatement(opening) ? opening.expression : undefined;
      const authorizes =
        !!call &&
        ts.isCallExpression(call) &&
        call.expression.getText(source) === "authorize" &&
        call.arguments[0]?.getText(source) === first.name.getText(source) &&
        !!call.arguments[1] &&
        ts.isStringLiteral(call.arguments[1]);
      if (!authorizes) offenders.push(name);
    }
  }

  it("finds the services that take a context", () => {
    expect(checked.length).toBeGreaterThan(25);
    expect(checked).toContain("lib/notify/service.ts: markNotificationRead");
    expect(checked).toContain("lib/users/account.ts: updateProfile");
  });

  it("each one opens with authorize(ctx, \"<permission>\")", () => {
    expect(offenders).toEqual([]);
  });
});

describe("no result reachable from an entry point carries a secret", () => {
  const entryFiles = [...walk(path.join(REPO_ROOT, "app")), ...walk(path.join(REPO_ROOT, "components"))];
  let program: ts.Program;
  let checker: ts.TypeChecker;

  beforeAll(() => {
    program = projectProgram(REPO_ROOT, entryFiles);
    checker = program.getTypeChecker();
  }, 120_000);

  /** Our own code whose returns are followed: lib/ services and their helpers, action handlers. */
  const ours = (fileName: string) => {
    const file = rel(fileName);
    return (file.startsWith("lib/") || file.startsWith("app/")) && !file.startsWith("lib/generated/") && !SERVICE_PLUMBING.test(file);
  };

  function leaksOf(name: string, fn: ts.FunctionLikeDeclaration | null): string[] {
    if (!fn) return [];
    return returnedTypes(checker, fn, ours).flatMap(({ at, type }) => secretPaths(checker, type).map((p) => `${name} (${at}) → ${p}`));
  }

  /** Every function that entry points import from a lib/ service module. */
  function importedServices(): { name: string; fn: ts.FunctionLikeDeclaration }[] {
    const out = new Map<string, ts.FunctionLikeDeclaration>();
    for (const file of entryFiles) {
      const source = program.getSourceFile(file)!;
      for (const statement of source.statements) {
        if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly) continue;
        const from = (statement.moduleSpecifier as ts.StringLiteral).text;
        if (!from.startsWith("@/lib/") || SERVICE_PLUMBING.test(`${from.slice(2)}.ts`)) continue;
        const bindings = statement.importClause?.namedBindings;
        if (!bindings || !ts.isNamedImports(bindings)) continue;
        for (const element of bindings.elements) {
          if (element.isTypeOnly) continue;
          const fn = functionOf(checker, checker.getSymbolAtLocation(element.name));
          if (fn) out.set(`${from}: ${element.propertyName?.text ?? element.name.text}`, fn);
        }
      }
    }
    return [...out].map(([name, fn]) => ({ name, fn }));
  }

  /** The handlers of every server action: what they return is sent to the browser. */
  function actionHandlers(): { name: string; fn: ts.FunctionLikeDeclaration }[] {
    const out: { name: string; fn: ts.FunctionLikeDeclaration }[] = [];
    for (const file of entryFiles) {
      const source = program.getSourceFile(file)!;
      const first = source.statements[0];
      if (!first || !ts.isExpressionStatement(first) || !ts.isStringLiteral(first.expression) || first.expression.text !== "use server") continue;
      for (const statement of source.statements.filter(ts.isVariableStatement)) {
        for (const declaration of statement.declarationList.declarations) {
          const call = declaration.initializer;
          if (!call || !ts.isCallExpression(call)) continue;
          for (const argument of call.arguments) {
            const fn =
              ts.isArrowFunction(argument) || ts.isFunctionExpression(argument)
                ? argument
                : ts.isIdentifier(argument)
                  ? functionOf(checker, checker.getSymbolAtLocation(argument))
                  : null;
            if (fn) out.push({ name: `${rel(file)}: ${declaration.name.getText(source)}`, fn });
          }
        }
      }
    }
    return out;
  }

  // The walk grows with every module's services (≈ 20 s alone on 2 cores): room for a busy machine.
  it("service functions imported by pages, routes, actions and components, on every return path", () => {
    const services = importedServices();
    expect(services.map((s) => s.name)).toEqual(
      expect.arrayContaining(["@/lib/users/service: changeMemberRole", "@/lib/partners/service: getPartnerOrThrow"]),
    );
    expect(services.flatMap(({ name, fn }) => leaksOf(name, fn))).toEqual([]);
    // The type checker walks every service's return types: 10–40 s on two busy cores.
  }, 120_000);

  it("server action handlers, on every return path", () => {
    const handlers = actionHandlers();
    expect(handlers.length).toBeGreaterThan(25);
    expect(handlers.flatMap(({ name, fn }) => leaksOf(name, fn))).toEqual([]);
  }, 120_000);
});

describe("the secret finder itself", () => {
  /** A one-file program in memory: proves the walker sees through the shapes services return. */
  function leaksIn(source: string): Record<string, string[]> {
    const fileName = path.join(REPO_ROOT, "lib", "__walk_probe__.ts");
    const options = { strict: true, target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts"] };
    const host = ts.createCompilerHost(options);
    const original = host.getSourceFile.bind(host);
    host.getSourceFile = (name, version) =>
      name === fileName ? ts.createSourceFile(name, source, ts.ScriptTarget.ES2022, true) : original(name, version);
    const program = ts.createProgram({ rootNames: [fileName], options, host });
    const checker = program.getTypeChecker();
    const file = program.getSourceFile(fileName)!;
    const out: Record<string, string[]> = {};
    for (const statement of file.statements) {
      if (!ts.isFunctionDeclaration(statement) || !statement.name) continue;
      out[statement.name.text] = returnedTypes(checker, statement, (f) => f === fileName).flatMap(({ type }) => secretPaths(checker, type));
    }
    return out;
  }

  it("finds a hash in a promised list of rows, an early return, a helper's return, a branch and a Pick", () => {
    const leaks = leaksIn(`
      type User = { id: string; name: string; passwordHash: string | null };
      type Seat = { id: string; status: string };
      declare const db: { users(): Promise<{ id: string; user: User }[]>; seat(): Promise<Seat & { user: User }> };
      declare function inTx<T>(work: () => Promise<T>): Promise<T>;
      export async function listed() { return { rows: await db.users(), total: 1 }; }
      export async function early(flag: boolean): Promise<Seat> {
        return inTx(async () => {
          const seat = await db.seat();
          if (flag) return seat; // Seat & { user } is reduced away in the declared type
          return { id: seat.id, status: "OFF" };
        });
      }
      async function loadSeat() { return db.seat(); }
      export async function viaHelper(): Promise<Seat> { return loadSeat(); }
      export async function branch(flag: boolean): Promise<Seat> { const seat = await db.seat(); return flag ? seat : { id: "x", status: "OFF" }; }
      export async function checkedOutside(): Promise<{ ok: boolean }> {
        const seat = await inTx(async () => db.seat()); // verified here, never returned
        return { ok: seat.user.passwordHash !== null };
      }
      export function picked(u: User): Pick<User, "id" | "passwordHash"> { return u; }
      export async function clean() { return { id: "x", name: "n", at: new Date(), tags: ["a"], count: 1, hasPassword: true }; }
    `);
    expect(leaks.listed).toEqual(["rows[].user.passwordHash"]);
    expect(leaks.early).toContain("user.passwordHash");
    expect(leaks.viaHelper).toContain("user.passwordHash");
    expect(leaks.branch).toContain("user.passwordHash");
    expect(leaks.checkedOutside).toEqual([]);
    expect(leaks.picked).toEqual(["passwordHash"]);
    expect(leaks.clean).toEqual([]);
  });

  it("checks values at run time too (what the action wrapper sends)", () => {
    const row = { id: "m1", user: { name: "N", passwordHash: "$argon2id$…" }, at: new Date() };
    expect(secretFieldPaths({ rows: [row], total: 1 })).toEqual(["rows[].user.passwordHash"]);
    expect(secretFieldPaths({ id: "m1", status: "ACTIVE", at: new Date(), tags: ["x"], hasPassword: true })).toEqual([]);
    expect(secretFieldPaths(null)).toEqual([]);
  });

  it("names the fields it looks for", () => {
    for (const name of ["passwordHash", "tokenHash", "codeHash", "secret", "token", "apiKey", "AUTH_SECRET"]) {
      expect(SECRET_FIELD.test(name), name).toBe(true);
    }
    for (const name of ["email", "status", "code", "sessionVersion", "phoneVerified"]) expect(SECRET_FIELD.test(name), name).toBe(false);
  });
});
