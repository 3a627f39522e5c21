/**
 * The build step that marks the framework's chunks with V8's compile hint
 * (scripts/build/compile-hints.mjs, run by next.config.mjs after `next build` compiles).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { COMPILE_HINT, addCompileHints } from "@/scripts/build/compile-hints.mjs";

let dir = "";
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = "";
});

function distDir(files: Record<string, string>, rootMainFiles: string[]): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "compile-hints-"));
  fs.writeFileSync(path.join(dir, "build-manifest.json"), JSON.stringify({ rootMainFiles }));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const read = (name: string) => fs.readFileSync(path.join(dir, name), "utf8");

describe("addCompileHints", () => {
  it("puts the hint first in every root main chunk, once, and leaves page chunks and CSS alone", () => {
    const out = distDir(
      {
        "static/chunks/framework.js": "(globalThis.TURBOPACK||[]).push([1]);",
        "static/chunks/runtime.js": "(()=>{})();",
        "static/chunks/page.js": "(globalThis.TURBOPACK||[]).push([2]);",
        "static/chunks/app.css": "body{}",
      },
      ["static/chunks/framework.js", "static/chunks/runtime.js", "static/chunks/app.css"],
    );
    expect(addCompileHints(out)).toEqual(["static/chunks/framework.js", "static/chunks/runtime.js"]);
    expect(read("static/chunks/framework.js")).toBe(`${COMPILE_HINT}(globalThis.TURBOPACK||[]).push([1]);`);
    expect(read("static/chunks/runtime.js")).toBe(`${COMPILE_HINT}(()=>{})();`);
    expect(read("static/chunks/page.js")).toBe("(globalThis.TURBOPACK||[]).push([2]);");
    expect(read("static/chunks/app.css")).toBe("body{}");
    // A second run (the build's hook called again on the same output) changes nothing.
    expect(addCompileHints(out)).toEqual([]);
    expect(read("static/chunks/framework.js").split(COMPILE_HINT)).toHaveLength(2);
  });

  it("moves the chunk's source map down by the added line", () => {
    distDir(
      {
        "static/chunks/a.js": "a();\n//# sourceMappingURL=a-map.js.map",
        "static/chunks/a-map.js.map": JSON.stringify({ version: 3, sources: ["a.ts"], names: [], mappings: "AAAA" }),
        "static/chunks/b.js": "b();\n//# sourceMappingURL=b.js.map\n",
        "static/chunks/b.js.map": JSON.stringify({
          version: 3,
          sections: [
            { offset: { line: 0, column: 0 }, map: { version: 3, sources: ["b.ts"], names: [], mappings: "AAAA" } },
            { offset: { line: 3, column: 0 }, map: { version: 3, sources: ["c.ts"], names: [], mappings: "AAAA" } },
          ],
        }),
      },
      ["static/chunks/a.js", "static/chunks/b.js"],
    );
    addCompileHints(dir);
    expect(JSON.parse(read("static/chunks/a-map.js.map")).mappings).toBe(";AAAA");
    const sections = JSON.parse(read("static/chunks/b.js.map")).sections as { offset: { line: number } }[];
    expect(sections.map((section) => section.offset.line)).toEqual([1, 4]);
  });
});
