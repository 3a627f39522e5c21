import { searchResponse } from "@/components/search/search-route.server";
import { vendorRoute } from "@/lib/auth/wrappers";

/** The command palette's search in the back office: `?q=` → the groups this role may read. */
export const GET = vendorRoute("search.use", (req, { ctx }) => searchResponse(ctx, req));
