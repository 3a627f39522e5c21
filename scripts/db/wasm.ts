/**
 * Loads @prisma/schema-engine-wasm without `--experimental-wasm-modules`: its main file
 * imports the .wasm as an ES module, which Node 20 refuses, so we instantiate the .wasm
 * ourselves and wire it to the JS glue (`schema_engine_bg`) the way that file would.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";

export type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

type GlueModule = typeof glue;

let loaded: Promise<GlueModule> | undefined;

/** The engine's Rust panics report their message through this global before throwing. */
type PanicRegistry = { message: string; get(): string; set_message(message: string): void };
const globalWithRegistry = globalThis as unknown as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };

export function lastPanicMessage(): string | undefined {
  return globalWithRegistry.PRISMA_WASM_PANIC_REGISTRY?.message || undefined;
}

export function loadSchemaEngine(): Promise<GlueModule> {
  loaded ??= (async () => {
    globalWithRegistry.PRISMA_WASM_PANIC_REGISTRY ??= {
      message: "",
      get() {
        return this.message;
      },
      set_message(message: string) {
        this.message = message;
      },
    };
    const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = fs.readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    // The wasm imports everything from "./schema_engine_bg.js", i.e. the glue module.
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return loaded;
}
