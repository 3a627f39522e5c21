import { SEASON } from "../seasonality";
import type { Method } from "../types";
import { naive } from "./naive";

/**
 * Seasonal naive: each future month equals the same month of the last observed year
 * (ŷ(n+h) = y(n+h−12·k) for the smallest k ≥ 1 that lands in the history). With less than a
 * year of history it is the naive method.
 */
export const seasonalNaive: Method = {
  name: "seasonal_naive",
  forecast(history, horizon) {
    const n = history.length;
    if (n < SEASON) return naive.forecast(history, horizon);
    const values: number[] = [];
    for (let h = 1; h <= horizon; h++) values.push(history[n - SEASON + ((h - 1) % SEASON)]!);
    return { values, label: "seasonal_naive" };
  },
};
