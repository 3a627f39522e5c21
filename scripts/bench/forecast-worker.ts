/** One forecasting thread of scripts/bench/forecast-pool.ts: a batch of histories in, their forecasts out. */
import { parentPort } from "node:worker_threads";
import { type ForecastOptions, forecastSeries } from "@/lib/forecast/engine/forecast";

parentPort!.on("message", ({ histories, options }: { histories: number[][]; options: ForecastOptions }) => {
  parentPort!.postMessage(
    histories.map((history) => {
      const { method, forecast, lower, upper } = forecastSeries(history, options);
      return { method, forecast, lower, upper };
    }),
  );
});
