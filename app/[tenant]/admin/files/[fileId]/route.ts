import { vendorRoute } from "@/lib/auth/wrappers";
import { fileResponse } from "@/lib/files/response";
import { openVendorFile } from "@/lib/files/service";

/** Download: any file of the tenant whose purpose this role may read; another tenant's id is a 404. */
export const GET = vendorRoute("files.read", async (req, { ctx, params }) =>
  fileResponse(req, await openVendorFile(ctx, params.fileId ?? ""), { cache: "private" }),
);
