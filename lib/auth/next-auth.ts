import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { verifyCredentials } from "./login";
import { SESSION_COOKIE } from "./session-cookie";

const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

let options: NextAuthOptions | undefined;

/** next-auth configuration: e-mail + password, JWT sessions carrying the session version. */
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
      jwt({ token, user }) {
        if (user) token.sessionVersion = (user as unknown as { sessionVersion: number }).sessionVersion;
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        session.sessionVersion = typeof token.sessionVersion === "number" ? token.sessionVersion : -1;
        return session;
      },
    },
  };
  return options;
}
