import { searchResponse } from "@/components/search/search-route.server";
import { partnerRoute } from "@/lib/auth/wrappers";

/** The command palette's search in the partner portal: `?q=` → the partner's own objects. */
export const GET = partnerRoute("search.use", (req, { ctx }) => searchResponse(ctx, req));
