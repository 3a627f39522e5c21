/**
 * Every entry point declares its audience. This test finds pages, layouts, route
 * handlers and server actions by walking the code (no list to keep up to date), so a
 * new unguarded endpoint fails here rather than leaking data later.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "generated" || name.startsWith(".")) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/\.(ts|tsx)$/.test(name)) out.push(full);
  }
  return out;
}

const rel = (file: string) => path.relative(root, file);
const appFiles = walk(path.join(root, "app"));
const codeFiles = [...appFiles, ...walk(path.join(root, "components")), ...walk(path.join(root, "lib"))];

const PAGE_WRAPPERS = /export default (vendorPage|partnerPage|userPage|publicPage)(<[^(]*>)?\(/;
const ACTION_WRAPPERS = /^(vendorAction|partnerAction|userAction|publicAction)\($/;
const ROUTE_WRAPPERS = /^(vendorRoute|partnerRoute|publicRoute)\($/;
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

describe("every entry point declares its audience", () => {
  const pages = appFiles.filter((f) => /[/\\]page\.tsx?$/.test(f));
  const routes = appFiles.filter((f) => /[/\\]route\.tsx?$/.test(f));
  const tenantLayouts = appFiles.filter((f) => /[/\\]layout\.tsx?$/.test(f) && /\[tenant\][/\\](admin|portal)/.test(rel(f)));
  const serverActionFiles = codeFiles.filter((f) => /^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use server["']/.test(readFileSync(f, "utf8")));

  it("finds the entry points", () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(routes.length).toBeGreaterThan(0);
    expect(serverActionFiles.length).toBeGreaterThan(3);
  });

  it.each(pages.map(rel))("page %s uses an audience wrapper", (file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    expect(source, `${file} must export default vendorPage/partnerPage/userPage/publicPage(...)`).toMatch(PAGE_WRAPPERS);
    if (file.includes(`[tenant]${path.sep}admin`)) expect(source).toMatch(/export default vendorPage(<[^(]*>)?\(/);
    if (file.includes(`[tenant]${path.sep}portal`)) expect(source).toMatch(/export default partnerPage(<[^(]*>)?\(/);
  });

  it.each(tenantLayouts.map(rel))("tenant layout %s loads its context through a wrapper", (file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    const expected = file.includes(`${path.sep}admin${path.sep}`) ? /export default vendorLayout\(/ : /export default partnerLayout\(/;
    expect(source).toMatch(expected);
  });

  it.each(routes.map(rel))("route %s guards every method", (file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    if (/@public-route: \S/.test(source)) return; // an explicit, explained exception (next-auth's handler)
    const exported = HTTP_METHODS.filter((m) => new RegExp(`export (const|async function|function) ${m}\\b`).test(source));
    expect(exported.length, `${file} exports no HTTP method`).toBeGreaterThan(0);
    for (const method of exported) {
      const match = source.match(new RegExp(`export const ${method} = (\\w+)\\(`));
      expect(match?.[1] && ROUTE_WRAPPERS.test(`${match[1]}(`), `${file} ${method} must be created by a route wrapper`).toBe(true);
    }
  });

  it.each(serverActionFiles.map(rel))("server actions in %s are all wrapped", (file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    expect(source, "no default export from a server-action file").not.toMatch(/export default/);
    expect(source, "no bare exported functions").not.toMatch(/export (async )?function/);
    expect(source, "no re-exports").not.toMatch(/export \{/);
    const consts = [...source.matchAll(/export const (\w+) = (\w+)\(/g)];
    const allExports = [...source.matchAll(/^export /gm)].length;
    expect(consts.length, "every export is `export const x = <wrapper>(`").toBe(allExports);
    for (const [, name, wrapper] of consts) {
      expect(ACTION_WRAPPERS.test(`${wrapper}(`), `${file}: ${name} must be made by vendorAction/partnerAction/userAction/publicAction`).toBe(true);
    }
  });

  it("has no inline server actions (they would bypass the wrappers)", () => {
    const offenders = codeFiles.filter((f) => {
      const source = readFileSync(f, "utf8");
      const directives = [...source.matchAll(/["']use server["']/g)];
      return directives.length > (serverActionFiles.includes(f) ? 1 : 0);
    });
    expect(offenders.map(rel)).toEqual([]);
  });
});
