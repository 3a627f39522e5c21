import { NextResponse } from "next/server";
import { publicRoute } from "@/lib/auth/wrappers";
import { translateMessage } from "@/lib/http/translate-error";
import { checkSlugAvailability } from "@/lib/tenancy/signup";

/**
 * GET /api/signup/slug?slug=acme-tools → `{ slug, available, reason?, message? }` for the
 * sign-up form as one types (rate-limited per IP; 429 with Retry-After past the limit).
 * The address is checked again, for real, when the form is sent.
 */
export const GET = publicRoute(async (req, { ctx }) => {
  const slug = (req.nextUrl.searchParams.get("slug") ?? "").slice(0, 100);
  const result = await checkSlugAvailability(ctx, slug);
  const body = result.available ? result : { ...result, message: await translateMessage(result.message) };
  return NextResponse.json(body, { headers: { "Cache-Control": "no-store" } });
});
