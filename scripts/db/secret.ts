/**
 * The local AUTH_SECRET: generated once (48 random bytes) into .data/auth-secret, which
 * git ignores, and reused on every start so sessions survive restarts. Canal has no
 * built-in secret in any mode; an explicit AUTH_SECRET always wins.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./pg-url";

export const AUTH_SECRET_FILE = path.join(REPO_ROOT, ".data", "auth-secret");

export function localAuthSecret(file = AUTH_SECRET_FILE): string {
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // wx: two launchers starting at once cannot overwrite each other's secret.
    try {
      fs.writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** AUTH_SECRET from the environment, else the local generated one. */
export function authSecretForLaunch(): string {
  return process.env.AUTH_SECRET || localAuthSecret();
}
