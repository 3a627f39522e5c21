import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { verifyCredentials } from "./login";
import { endSession, SESSION_MAX_AGE_SECONDS, startSession } from "./sessions";
import { SESSION_COOKIE } from "./session-cookie";

type SignedInUser = { id: string; sessionVersion: number };

let options: NextAuthOptions | undefined;

/**
 * next-auth configuration: e-mail + password, JWT sessions carrying the session version
 * and the id of a server-side session row (created at sign-in, deleted at sign-out).
 */
export function authOptions(): NextAuthOptions {
  options ??= {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    cookies: {
      sessionToken: {
        name: SESSION_COOKIE,
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
      },
    },
    useSecureCookies: true,
    providers: [
      CredentialsProvider({
        name: "email",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          try {
            const user = await verifyCredentials({
              email: String(credentials?.email ?? ""),
              password: String(credentials?.password ?? ""),
              // The same rule as every other entry point: the stamped socket address, or
              // the entry the configured trusted proxies vouch for (lib/http/client-ip.ts).
              ip: clientIp((name) => {
                const value = req?.headers?.[name];
                return Array.isArray(value) ? value[0] : (value ?? null);
              }),
            });
            return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
          } catch (error) {
            // next-auth hands the message to the client as `error`: make it the stable code.
            if (isAppError(error)) {
              throw new Error(
                error.retryAfterSeconds ? `${error.code}:${error.retryAfterSeconds}` : error.code,
              );
            }
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const signedIn = user as unknown as SignedInUser;
          token.sessionVersion = signedIn.sessionVersion;
          token.sid = await startSession(signedIn.id);
        }
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        session.sessionVersion = typeof token.sessionVersion === "number" ? token.sessionVersion : -1;
        return session;
      },
    },
    events: {
      // Sign-out deletes the session row: the cookie, even if copied, is dead from now on.
      async signOut({ token }) {
        if (token?.sub && typeof token.sid === "string") await endSession(token.sub, token.sid);
      },
    },
  };
  return options;
}
