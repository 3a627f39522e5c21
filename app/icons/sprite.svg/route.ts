import { publicRoute } from "@/lib/auth/wrappers";
import { spriteSheet } from "@/components/ui/sprite-sheet";

/**
 * The icon sprite (components/ui/sprite-icon.ts): public, the same for everyone, made at
 * build time (`force-static`). Its address carries a version that changes with its content,
 * so browsers keep it for a year.
 */
export const dynamic = "force-static";

export const GET = publicRoute(async () => {
  return new Response(spriteSheet(), {
    headers: {
      "content-type": "image/svg+xml; charset=utf-8",
      "cache-control": "public, max-age=31536000, immutable",
    },
  });
});
