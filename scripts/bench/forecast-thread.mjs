// A worker thread's entry point: worker threads do not inherit tsx's loader, so this
// plain module registers it and imports the TypeScript worker named in workerData.
import { workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

await tsImport(workerData.module, import.meta.url);
