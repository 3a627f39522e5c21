import fs from "node:fs";
import path from "node:path";

/**
 * V8's explicit compile hint (Chrome 136+): a script starting with this comment has all its
 * functions compiled eagerly, on the background thread that compiles the script while it
 * downloads, instead of one by one on the main thread the first time each is called.
 * See https://v8.dev/blog/explicit-compile-hints.
 */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/**
 * Marks the framework's chunks — the build manifest's `rootMainFiles`: Turbopack's runtime,
 * React DOM, Next's client, loaded and run by every page before it can hydrate — with
 * `COMPILE_HINT`. Without it, the first call of each of their functions compiled it on the
 * main thread, in the one long task that starts the app (about half of that task on a phone:
 * docs/architecture.md, "Client cost", seventh pass). Page chunks are left alone: most of
 * their functions run only on use.
 *
 * Runs after `next build` has compiled (next.config.mjs, `compiler.runAfterProductionCompile`),
 * before pages are prerendered. Idempotent. A chunk's source map, when the build writes
 * them, gets the same first line (an empty line of mappings, or a section moved down).
 * Returns the files it changed (relative to `distDir`).
 *
 * @param {string} distDir the build's output directory (`.next`)
 * @returns {string[]}
 */
export function addCompileHints(distDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "build-manifest.json"), "utf8"));
  /** @type {string[]} */
  const files = manifest.rootMainFiles ?? [];
  /** @type {string[]} */
  const changed = [];
  for (const file of files) {
    if (!file.endsWith(".js")) continue;
    const chunk = path.join(distDir, file);
    const source = fs.readFileSync(chunk, "utf8");
    if (source.startsWith(COMPILE_HINT)) continue;
    fs.writeFileSync(chunk, COMPILE_HINT + source);
    shiftSourceMap(chunk, source);
    changed.push(file);
  }
  return changed;
}

/**
 * @param {string} chunk
 * @param {string} source the chunk before the hint
 */
function shiftSourceMap(chunk, source) {
  const name = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(source)?.[1];
  if (!name || name.startsWith("data:")) return;
  const file = path.join(path.dirname(chunk), name);
  if (!fs.existsSync(file)) return;
  const map = JSON.parse(fs.readFileSync(file, "utf8"));
  if (Array.isArray(map.sections)) {
    for (const section of map.sections) section.offset.line += 1;
  } else if (typeof map.mappings === "string") {
    map.mappings = `;${map.mappings}`;
  } else {
    return;
  }
  fs.writeFileSync(file, JSON.stringify(map));
}
