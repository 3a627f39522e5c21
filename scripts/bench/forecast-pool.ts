import os from "node:os";
import { Worker } from "node:worker_threads";
import type { ForecastOptions } from "@/lib/forecast/engine/forecast";

/**
 * Forecasts many series on worker threads (one per core by default): batches of series go
 * to whichever thread is free, results come back in input order, so the output does not
 * depend on the number of threads. Threads load TypeScript through tsx (forecast-thread.mjs).
 */
export type ThreadResult = { method: string; forecast: number[]; lower: number[]; upper: number[] };

const BATCH = 50;

export async function forecastOnThreads(
  histories: readonly number[][],
  options: ForecastOptions,
  threads = os.availableParallelism(),
): Promise<ThreadResult[]> {
  const results = new Array<ThreadResult>(histories.length);
  let next = 0;
  const work = async () => {
    const worker = new Worker(new URL("./forecast-thread.mjs", import.meta.url), {
      workerData: { module: new URL("./forecast-worker.ts", import.meta.url).href },
    });
    try {
      while (next < histories.length) {
        const start = next;
        next += BATCH;
        const batch = histories.slice(start, start + BATCH);
        const answer = await new Promise<ThreadResult[]>((resolve, reject) => {
          worker.once("message", resolve);
          worker.once("error", reject);
          worker.postMessage({ histories: batch, options });
        });
        worker.removeAllListeners("error");
        answer.forEach((result, i) => (results[start + i] = result));
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, threads) }, work));
  return results;
}
