import { describe, expect, it } from "vitest";
import { longTaskCpu } from "@/scripts/bench/trace-cpu";

const thread = (pid: number, tid: number, name: string) => ({ name: "thread_name", ph: "M", pid, tid, args: { name } });
const task = (pid: number, tid: number, dur: number, tdur: number) => ({
  name: "RunTask",
  ph: "X",
  pid,
  tid,
  dur,
  tdur,
});

describe("longTaskCpu", () => {
  it("sums the page renderer's long tasks: their wall time and the CPU time they had", () => {
    const trace = {
      traceEvents: [
        thread(1, 1, "CrRendererMain"), // about:blank's renderer: little work
        thread(2, 2, "CrRendererMain"), // the page's
        thread(2, 3, "ThreadPoolForegroundWorker"),
        task(1, 1, 20_000, 20_000),
        task(2, 2, 100_000, 25_000),
        task(2, 2, 40_000, 30_000),
        task(2, 2, 12_000, 12_000), // short: Lantern's 4× leaves it under 50 ms
        task(2, 3, 500_000, 500_000), // not a main thread
      ],
    };
    expect(longTaskCpu(trace)).toEqual({ wallMs: 140, cpuMs: 55 });
  });

  it("answers null without a trace or a renderer", () => {
    expect(longTaskCpu(undefined)).toBeNull();
    expect(longTaskCpu({ traceEvents: [thread(1, 1, "CrBrowserMain"), task(1, 1, 90_000, 90_000)] })).toBeNull();
  });
});
