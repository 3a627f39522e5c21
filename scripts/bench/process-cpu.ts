/**
 * CPU time of the orders benchmark (scripts/bench/orders.ts): of this process (the
 * services) and of PostgreSQL (the embedded cluster it started: postmaster and backends),
 * from /proc — a figure the load of other work on the machine bends much less than the
 * wall clock.
 */
import fs from "node:fs";
import os from "node:os";
import { descendants, processTable } from "./app-server";

/** A process's CPU time (ms) with that of its children that ended (a backend that closed goes to the postmaster's). */
function cpuWithEndedChildren(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return [11, 12, 13, 14].reduce((total, i) => total + Number(fields[i]), 0) * 10; // clock ticks of 1/100 s
  } catch {
    return 0; // ended while we read
  }
}

/** CPU time (ms) so far of this process (the services) and of PostgreSQL (its processes: postmaster and backends). */
export function cpuNow(): { services: number; database: number } {
  const database = descendants(processTable(), process.pid).filter((pid) => pid !== process.pid);
  const usage = process.cpuUsage();
  return { services: (usage.user + usage.system) / 1000, database: database.reduce((total, pid) => total + cpuWithEndedChildren(pid), 0) };
}

/**
 * What `count` operations cost in CPU, and the rate two otherwise idle cores could sustain
 * at that cost: a figure the load of other work on the machine does not bend (the
 * wall-clock rate beside it does).
 */
export function cpuSince(before: { services: number; database: number }, count: number): { services: number; database: number } {
  const after = cpuNow();
  return { services: (after.services - before.services) / count, database: (after.database - before.database) / count };
}

export function cpuReport(before: { services: number; database: number }, count: number): string {
  const { services, database } = cpuSince(before, count);
  return `CPU per order: services ${services.toFixed(1)} ms + PostgreSQL ${database.toFixed(1)} ms → at most ~${Math.round((os.cpus().length * 1000) / (services + database))}/s on ${os.cpus().length} idle cores`;
}
