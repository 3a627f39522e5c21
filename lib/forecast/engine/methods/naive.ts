import type { Method } from "../types";

/** Naive: every future month equals the last observed month. */
export const naive: Method = {
  name: "naive",
  forecast(history, horizon) {
    const last = history[history.length - 1]!;
    return { values: new Array<number>(horizon).fill(last), label: "naive" };
  },
};
