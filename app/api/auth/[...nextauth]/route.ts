import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/next-auth";

// @public-route: next-auth's own endpoints (CSRF token, credentials sign-in, sign-out);
// sign-in is rate-limited inside verifyCredentials and proxy.ts refuses cross-site POSTs.
const handler = (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => NextAuth(authOptions())(req, ctx);

export { handler as GET, handler as POST };
