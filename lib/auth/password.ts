import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import * as es from "@zxcvbn-ts/language-es-es";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-rules";

// OWASP's argon2id baseline (19 MiB, 2 passes).
// `algorithm: 2` is Argon2id (the package exports it as a const enum, which isolatedModules cannot read).
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;


let checker: ZxcvbnFactory | undefined;
function strengthChecker(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...es.dictionary },
    graphs: common.adjacencyGraphs,
    // The l33t matcher tries every combination of substitutions (1→i/l, 0→o, 4→a…): with the
    // default cap of 100, a password with many digits kept the server's one event loop busy
    // for 0.2–1.4 s (a 64-character one at load ~7), long enough for a few sign-ups to stall
    // every user. 10 scores the same on common l33t passwords (tests/unit/password.test.ts)
    // at 3–9× less CPU.
    l33tMaxSubstitutions: 10,
  });
  return checker;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified against when the e-mail is unknown, so response time does not reveal accounts.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("not-a-real-password-for-timing");
  await verifyPassword(await dummyHash, password);
}

function expandUserInputs(inputs: string[]): string[] {
  const words = new Set<string>();
  for (const input of inputs.filter(Boolean)) {
    const value = input.toLowerCase();
    words.add(value);
    words.add(value.replace(/\s+/g, ""));
    const [local = ""] = value.split("@");
    words.add(local);
    for (const part of value.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) words.add(part);
  }
  return [...words].filter(Boolean);
}

/**
 * Message keys (validation namespace) for a password that breaks the rules: length,
 * and zxcvbn's guessability, which includes common-password and name/e-mail checks.
 */
export function passwordProblems(password: string, userInputs: string[] = []): string[] {
  if (password.length < PASSWORD_MIN_LENGTH) return ["validation.passwordTooShort"];
  if (password.length > PASSWORD_MAX_LENGTH) return ["validation.passwordTooLong"];
  // zxcvbn matches inputs as whole words: add the parts of names and e-mails, and the name
  // without spaces. Only the first 100 characters are scored (it is CPU-bound and longer
  // passwords are strong by length).
  const result = strengthChecker().check(password.slice(0, 100), expandUserInputs(userInputs));
  return result.score < 3 ? ["validation.passwordTooWeak"] : [];
}
