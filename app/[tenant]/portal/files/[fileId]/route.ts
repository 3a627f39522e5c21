import { partnerRoute } from "@/lib/auth/wrappers";
import { fileResponse } from "@/lib/files/response";
import { openPartnerFile } from "@/lib/files/service";

/** Download: the partner's own files and the tenant's shared ones; anyone else's id is a 404. */
export const GET = partnerRoute("partnerFiles.read", async (req, { ctx, params }) =>
  fileResponse(req, await openPartnerFile(ctx, params.fileId ?? ""), { cache: "private" }),
);
