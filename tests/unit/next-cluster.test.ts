import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { serverCount, serverNodeFlags } from "@/scripts/next-cluster.mjs";

const PRIMARY = path.resolve("tests/fixtures/processes/cluster-primary.mjs");
const running: ChildProcess[] = [];

/** The launcher's primary, running the stand-in server instead of `next start`. */
function primary(args: string[], count: number): ChildProcess {
  const child = spawn(process.execPath, [PRIMARY, String(count), ...args], { stdio: "ignore" });
  running.push(child);
  return child;
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once("exit", (code) => resolve(code));
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The process ids that answer `requests` fresh connections (retrying until the servers listen). */
async function answering(port: number, requests: number): Promise<Set<number>> {
  const pids = new Set<number>();
  for (let sent = 0, tries = 0; sent < requests && tries < 200; tries += 1) {
    try {
      // A connection handed to the server just killed is lost with it: give up on it and ask again.
      const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
      pids.add(Number(await response.text()));
      sent += 1;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return pids;
}

/** Asks until two processes answer and neither is `gone` (servers start, and are replaced, in their own time). */
async function twoServers(port: number, gone?: number): Promise<Set<number>> {
  let pids = new Set<number>();
  for (let round = 0; round < 40 && (pids.size !== 2 || (gone !== undefined && pids.has(gone))); round += 1) {
    pids = await answering(port, 8);
  }
  return pids;
}

afterEach(async () => {
  for (const child of running.splice(0)) {
    if (child.exitCode === null) {
      child.kill("SIGKILL");
      await exited(child);
    }
  }
});

describe("serverCount", () => {
  it("takes a positive integer from WEB_CONCURRENCY, else one server per core", () => {
    expect(serverCount("3", 2)).toBe(3);
    expect(serverCount(undefined, 2)).toBe(2);
    for (const bad of ["", "0", "-1", "1.5", "two"]) expect(serverCount(bad, 4)).toBe(4);
  });
});

describe("serverNodeFlags", () => {
  it("enlarges the young generation unless NODE_OPTIONS already sizes it", () => {
    expect(serverNodeFlags("")).toEqual(["--max-semi-space-size=64"]);
    expect(serverNodeFlags("--enable-source-maps")).toEqual(["--max-semi-space-size=64"]);
    expect(serverNodeFlags("--max-semi-space-size=16")).toEqual([]);
  });
});

describe("next-cluster", () => {
  it("serves one port from several processes, replaces one that dies and stops them all on SIGTERM", async () => {
    const port = await freePort();
    const launcher = primary([String(port)], 2);
    const first = await twoServers(port);
    expect(first.size).toBe(2);
    expect(first.has(launcher.pid!)).toBe(false);

    const [victim] = first;
    process.kill(victim!, "SIGKILL");
    const now = await twoServers(port, victim);
    expect(now.size).toBe(2);
    expect(now.has(victim!)).toBe(false);

    launcher.kill("SIGTERM");
    expect(await exited(launcher)).toBe(0);
    for (const pid of now) expect(() => process.kill(pid, 0)).toThrow();
  });

  it("starts its servers with the server flags", async () => {
    const port = await freePort();
    primary([String(port)], 1);
    let flags: string | null = null;
    for (let tries = 0; flags === null && tries < 100; tries += 1) {
      flags = await fetch(`http://127.0.0.1:${port}/exec-argv`)
        .then((response) => response.text())
        .catch(() => new Promise<null>((resolve) => setTimeout(() => resolve(null), 50)));
    }
    expect(flags?.split(" ")).toEqual(expect.arrayContaining(serverNodeFlags()));
  });

  it("exits with a server's code when one fails before it listens", async () => {
    expect(await exited(primary(["fail"], 2))).toBe(3);
  });
});
