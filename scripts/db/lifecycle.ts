/**
 * One place that owns process shutdown for the database tooling and launchers.
 *
 * Clean-ups run last-registered-first, so a launcher that registers "stop my child
 * processes" after the database was started gets its children stopped before
 * PostgreSQL goes away. A second signal while cleaning up exits at once; the
 * synchronous `exit` hooks still run then (they only send signals).
 */

type Cleanup = () => Promise<void> | void;

const cleanups: Cleanup[] = [];
const exitHooks = new Set<() => void>();
let installed = false;
let shuttingDown: Promise<void> | undefined;

const SIGNAL_CODES: ReadonlyArray<[NodeJS.Signals, number]> = [
  ["SIGINT", 130],
  ["SIGTERM", 143],
  ["SIGHUP", 129],
];

function install(): void {
  if (installed) return;
  installed = true;
  for (const [signal, code] of SIGNAL_CODES) {
    process.on(signal, () => {
      if (shuttingDown) {
        // Second Ctrl-C: do not wait any longer.
        process.exit(code);
      }
      void shutdown(code);
    });
  }
  process.on("exit", () => {
    for (const hook of exitHooks) {
      try {
        hook();
      } catch {
        // Nothing useful can be done while the process is exiting.
      }
    }
  });
}

/** Registers an async clean-up for SIGINT/SIGTERM/SIGHUP and `shutdown()`. Returns an unregister function. */
export function onShutdown(fn: Cleanup): () => void {
  install();
  cleanups.push(fn);
  return () => {
    const i = cleanups.indexOf(fn);
    if (i >= 0) cleanups.splice(i, 1);
  };
}

/** Registers a synchronous last-resort hook for process exit (e.g. signal PostgreSQL). */
export function onExitSync(fn: () => void): () => void {
  install();
  exitHooks.add(fn);
  return () => exitHooks.delete(fn);
}

/** Runs every registered clean-up once (LIFO). Safe to call several times. */
export function runCleanups(): Promise<void> {
  shuttingDown ??= (async () => {
    while (cleanups.length > 0) {
      const fn = cleanups.pop()!;
      try {
        await fn();
      } catch (error) {
        console.error("cleanup failed:", error instanceof Error ? error.message : error);
      }
    }
  })();
  return shuttingDown;
}

/** Cleans up, then exits. CLIs must exit explicitly: pg pools keep the event loop alive. */
export async function shutdown(code: number): Promise<never> {
  await runCleanups();
  process.exit(code);
}

/** Runs a CLI main function: prints a short error (no stack for expected failures) and exits. */
export function runMain(main: () => Promise<number | void>): void {
  main().then(
    (code) => shutdown(code ?? 0),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`\n✖ ${message}`);
      if (process.env.CANAL_DEBUG && error instanceof Error) console.error(error.stack);
      return shutdown(1);
    },
  );
}
