/**
 * docs/endpoints.json lists every page, route handler and server action with its audience,
 * permission and the roles it admits, generated from the code (scripts/endpoints/collect.ts).
 * This test regenerates it and fails when the committed file differs, so a new endpoint or
 * a change of who may call what cannot land without showing in review.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SNAPSHOT_FILE, allowedFor, collectEndpoints, renderSnapshot, urlTemplate } from "@/scripts/endpoints/collect";

const endpoints = collectEndpoints();

describe("the endpoint snapshot", () => {
  it("docs/endpoints.json is what `npm run endpoints` generates from the code", () => {
    const committed = fs.readFileSync(SNAPSHOT_FILE, "utf8");
    // A readable failure: the entries that differ, not two long strings.
    const fresh = renderSnapshot(endpoints);
    if (committed !== fresh) {
      const before = new Set(committed.split("\n"));
      const after = new Set(fresh.split("\n"));
      const removed = [...before].filter((line) => !after.has(line));
      const added = [...after].filter((line) => !before.has(line));
      expect({ removed, added }, "docs/endpoints.json is stale: run `npm run endpoints` and review the change").toEqual({
        removed: [],
        added: [],
      });
    }
  });

  it("finds the app's entry points of every kind and audience", () => {
    expect(endpoints.pages.length).toBeGreaterThan(20);
    expect(endpoints.actions.length).toBeGreaterThan(25);
    const audiences = (list: { audience: string }[]) => new Set(list.map((e) => e.audience));
    expect(audiences(endpoints.pages)).toEqual(new Set(["vendor", "partner", "user", "public"]));
    expect(audiences(endpoints.actions)).toEqual(new Set(["vendor", "partner", "user", "public"]));
    expect(audiences(endpoints.routes)).toEqual(new Set(["vendor", "partner", "public"]));
  });

  it("back-office entry points are vendor-only and portal ones partner-only", () => {
    for (const entry of [...endpoints.pages, ...endpoints.routes]) {
      if (entry.path.startsWith("/[tenant]/admin")) expect(entry.audience, entry.file).toBe("vendor");
      if (entry.path.startsWith("/[tenant]/portal")) expect(entry.audience, entry.file).toBe("partner");
    }
    for (const action of endpoints.actions) {
      if (action.file.startsWith("app/[tenant]/admin/")) expect(action.audience, action.name).toBe("vendor");
    }
  });

  it("every guarded entry point admits someone, and its roles come from the permission table", () => {
    for (const entry of [...endpoints.pages, ...endpoints.routes, ...endpoints.actions]) {
      expect(entry.allowed.length, entry.file).toBeGreaterThan(0);
      expect(entry.allowed).toEqual(allowedFor(entry.audience, entry.permission));
      // A preview as partner reaches portal reads only, never a portal action.
      if (entry.audience === "partner") expect(entry.preview, entry.file).toBeDefined();
      else expect(entry.preview, entry.file).toBeUndefined();
      if ("name" in entry && entry.audience === "partner") expect(entry.preview, entry.name).toEqual([]);
      if (entry.audience !== "public") expect(entry.permission, entry.file).toBeTruthy();
    }
  });

  it("maps files to URL templates without route groups", () => {
    expect(urlTemplate("app/(public)/invite/[token]/page.tsx")).toBe("/invite/[token]");
    expect(urlTemplate("app/[tenant]/admin/page.tsx")).toBe("/[tenant]/admin");
    expect(urlTemplate("app/(public)/page.tsx")).toBe("/");
  });
});

describe("the collector refuses what it cannot classify", () => {
  /** Collects from a throwaway app tree holding one file, so the errors are tested on real files. */
  function collectWith(file: string, source: string): () => unknown {
    return () => {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), "canal-endpoints-"));
      try {
        for (const dir of ["app", "components", "lib"]) fs.mkdirSync(path.join(root, dir));
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), source);
        return collectEndpoints(root);
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    };
  }

  it("a page without a wrapper", () => {
    const run = collectWith("app/x/page.tsx", "export default async function Page() { return null; }\n");
    expect(run).toThrow(/export default must be made by a page wrapper/);
  });

  it("a permission that is not a string literal, or that no role holds", () => {
    expect(collectWith("app/x/page.tsx", "const p = 'users.read';\nexport default vendorPage(p, async () => null);\n")).toThrow(
      /string literal/,
    );
    expect(collectWith("app/x/page.tsx", 'export default partnerPage("users.read", async () => null);\n')).toThrow(
      /no partner role holds "users.read"/,
    );
  });

  it("a server action made without an action wrapper", () => {
    const run = collectWith("app/x/actions.ts", '"use server";\nexport const doIt = async () => null;\n');
    expect(run).toThrow(/doIt must be made by an action wrapper/);
  });

  it("a route method re-exported without an explained exception", () => {
    const run = collectWith("app/api/x/route.ts", "const handler = () => new Response();\nexport { handler as GET };\n");
    expect(run).toThrow(/re-exported without a wrapper/);
  });
});
