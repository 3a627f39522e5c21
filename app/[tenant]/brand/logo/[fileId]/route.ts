import { publicRoute } from "@/lib/auth/wrappers";
import { openPublicLogo } from "@/lib/branding/logo";
import { fileResponse } from "@/lib/files/response";

/**
 * The workspace's current logo, for e-mails and public pages (no session: a brand is
 * public). The file id is in the URL, so the answer never changes and is cached for a year.
 */
export const GET = publicRoute(async (req, { params }) =>
  fileResponse(req, await openPublicLogo(params.tenant ?? "", params.fileId ?? ""), { cache: "public-immutable" }),
);
