/**
 * How much of a page's long main-thread tasks the thread actually ran. A Chromium trace
 * records each task's wall time (`dur`) and the thread's CPU time inside it (`tdur`).
 * Lighthouse's simulation (Lantern) multiplies each observed task's wall time by its CPU
 * slowdown (4× on mobile), so a task the renderer spent waiting — for a core shared with
 * the server, the database and the browser's other threads on this 2-core machine, or
 * for a reply from the browser process — counts four times as if it had been work.
 * `npm run bench -- lighthouse` prints the share beside the TBT it explains.
 */
type TraceEvent = {
  name?: string;
  ph?: string;
  pid?: number;
  tid?: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
};

/** Tasks Lantern turns into blocking time: ≥ 50 ms once multiplied by 4. */
const LONG_TASK_US = 12_500;

export type LongTaskCpu = { wallMs: number; cpuMs: number };

/** The renderer main thread's long tasks: their wall time and the CPU time they had. */
export function longTaskCpu(trace: unknown): LongTaskCpu | null {
  const events = (trace as { traceEvents?: TraceEvent[] } | undefined)?.traceEvents;
  if (!Array.isArray(events)) return null;
  const key = (event: TraceEvent) => `${event.pid}:${event.tid}`;
  const rendererMains = new Set(
    events.filter((event) => event.name === "thread_name" && event.args?.name === "CrRendererMain").map(key),
  );
  // The page's renderer is the one that ran the most: about:blank's is nearly idle.
  const busy = new Map<string, number>();
  for (const event of events) {
    if (event.ph === "X" && event.name === "RunTask" && rendererMains.has(key(event))) {
      busy.set(key(event), (busy.get(key(event)) ?? 0) + (event.dur ?? 0));
    }
  }
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) return null;
  let wall = 0;
  let cpu = 0;
  for (const event of events) {
    if (event.ph !== "X" || event.name !== "RunTask" || key(event) !== main || (event.dur ?? 0) < LONG_TASK_US)
      continue;
    wall += event.dur ?? 0;
    cpu += event.tdur ?? event.dur ?? 0;
  }
  return { wallMs: wall / 1000, cpuMs: cpu / 1000 };
}
