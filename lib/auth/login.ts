import "server-only";
import { z } from "zod";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { burnPasswordCheck, verifyPassword } from "./password";
import { consumeRateLimit, resetRateLimit } from "./rate-limit";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
});

/**
 * Checks e-mail + password for next-auth. Counts every attempt against three named
 * policies (per IP, per e-mail+IP, per e-mail) before looking at the password, so guessing is
 * refused with RATE_LIMITED even when the guess would have been right.
 */
export async function verifyCredentials(input: { email: string; password: string; ip: string | null }) {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_CREDENTIALS");
  const { email, password } = parsed.data;
  const ip = input.ip ?? "unknown";

  await consumeRateLimit("loginByIp", ip);
  await consumeRateLimit("loginByEmailAndIp", `${email}|${ip}`);
  await consumeRateLimit("loginByEmail", email);

  const user = await withScope({ audience: "anonymous", userEmail: email }, (tx) =>
    tx.user.findUnique({ where: { email } }),
  );
  if (!user?.passwordHash) {
    await burnPasswordCheck(password);
    throw new AppError("INVALID_CREDENTIALS");
  }
  if (!(await verifyPassword(user.passwordHash, password))) throw new AppError("INVALID_CREDENTIALS");

  await resetRateLimit("loginByEmailAndIp", `${email}|${ip}`);
  await resetRateLimit("loginByEmail", email);
  await withScope({ audience: "anonymous", userId: user.id }, (tx) =>
    tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } }),
  );
  return user;
}
