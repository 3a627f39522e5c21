/**
 * `npm run bench -- client-js` (options: `--only admin/partners,login --top 20 --build`,
 * `--next-dir <copy of a .next>` to read another build, e.g. one kept from before a change): the
 * JavaScript each page's HTML makes the browser load, read from the production build — the
 * framework's files every page shares plus the client chunks of the page's segments (root
 * layout, area layout, error / not-found boundaries, the page), as Next's client reference
 * manifests list them — raw and gzip-compressed (what `next start` sends). Code loaded later,
 * on use (`import()`: dialogs, menus, the command palette), is not counted: it is not part of
 * loading the page. Load-independent, unlike Lighthouse's timings: compare builds with it.
 * See docs/architecture.md, "Performance" → "Client cost".
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { runMain } from "../db/lifecycle";
import { REPO_ROOT } from "../db/pg-url";
import { ensureBuild } from "./app-server";

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    top: { type: "string", default: "0" },
    build: { type: "boolean", default: false },
    "next-dir": { type: "string" },
  },
});

const NEXT_DIR = values["next-dir"] ? path.resolve(values["next-dir"]) : path.join(REPO_ROOT, ".next");

type Size = { raw: number; gzip: number };
type ClientManifest = { entryJSFiles?: Record<string, string[]> };

const sizes = new Map<string, Size>();
function sizeOf(file: string): Size {
  let size = sizes.get(file);
  if (!size) {
    const bytes = fs.readFileSync(path.join(NEXT_DIR, file));
    size = { raw: bytes.length, gzip: gzipSync(bytes).length };
    sizes.set(file, size);
  }
  return size;
}

function total(files: Iterable<string>): Size {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const size = sizeOf(file);
    raw += size.raw;
    gzip += size.gzip;
  }
  return { raw, gzip };
}

/** `.next/server/app/<route>_client-reference-manifest.js` assigns one entry of a global. */
function clientManifest(route: string): ClientManifest | null {
  const file = path.join(NEXT_DIR, "server", "app", `${route.replace(/^\//, "")}_client-reference-manifest.js`);
  if (!fs.existsSync(file)) return null;
  const sandbox: { __RSC_MANIFEST?: Record<string, ClientManifest> } = {};
  new Function("globalThis", "self", fs.readFileSync(file, "utf8"))(sandbox, sandbox);
  return Object.values(sandbox.__RSC_MANIFEST ?? {})[0] ?? null;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

runMain(async () => {
  if (!values["next-dir"]) await ensureBuild({ force: values.build });
  const build = JSON.parse(fs.readFileSync(path.join(NEXT_DIR, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const routes = JSON.parse(fs.readFileSync(path.join(NEXT_DIR, "app-path-routes-manifest.json"), "utf8")) as Record<
    string,
    string
  >;
  const only = values.only?.split(",").filter(Boolean);
  const framework = total(build.rootMainFiles);
  const rows: { url: string; files: number; size: Size; own: Size }[] = [];
  for (const [route, url] of Object.entries(routes)) {
    if (!route.endsWith("/page")) continue;
    if (only && !only.some((word) => url.includes(word))) continue;
    const manifest = clientManifest(route);
    if (!manifest) continue;
    const files = new Set(build.rootMainFiles);
    for (const list of Object.values(manifest.entryJSFiles ?? {})) for (const file of list) files.add(file);
    const own = [...files].filter((file) => !build.rootMainFiles.includes(file));
    rows.push({ url, files: files.size, size: total(files), own: total(own) });
  }
  rows.sort((a, b) => b.size.gzip - a.size.gzip);
  const shown = Number(values.top) > 0 ? rows.slice(0, Number(values.top)) : rows;

  const header = ["page", "files", "JS gzip", "JS raw", "beyond the framework (gzip)"];
  const lines = shown.map((row) => [row.url, String(row.files), kb(row.size.gzip), kb(row.size.raw), kb(row.own.gzip)]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  console.log(
    `bench client-js: the framework's files, shared by every page: ${kb(framework.gzip)} gzip (${kb(framework.raw)} raw)\n`,
  );
  console.log(format(header));
  for (const line of lines) console.log(format(line));
  const gz = rows.map((row) => row.size.gzip).sort((a, b) => a - b);
  if (gz.length) {
    console.log(
      `\n${rows.length} pages: median ${kb(gz[Math.floor(gz.length / 2)]!)}, largest ${kb(gz[gz.length - 1]!)} (gzip, at page load; code loaded on use is not counted)`,
    );
  }
  return 0;
});
