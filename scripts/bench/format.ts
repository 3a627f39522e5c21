/** What the benchmarks print and check beside their figures: one way each. */
import os from "node:os";

/** A duration in milliseconds, one decimal. */
export const ms = (value: number) => `${value.toFixed(1)} ms`;
/** The one-minute load average: the cores' other work while a figure was taken. */
export const loadAverage = () => os.loadavg()[0]!.toFixed(1);
/** The 1-, 5- and 15-minute load averages ("1.20 / 0.80 / 0.50"), for the page benches' tables. */
export const loadAverages = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(" / ");
/** A count with thousands separators. */
export const count = (value: number) => value.toLocaleString("en");

/** A generated book's id tag (ptn_<tag>…): it goes into SQL text, so letters and digits only. */
export function idTag(tag: string): string {
  if (!/^[a-z0-9]+$/.test(tag)) throw new Error(`not an id tag: ${tag}`);
  return tag;
}
