import { NextResponse } from "next/server";
import { vendorRoute } from "@/lib/auth/wrappers";
import { uploadInputOf } from "@/lib/files/http";
import { uploadVendorFile } from "@/lib/files/service";

/** Upload (the file field's request): the purpose in the query decides limits, types and permission. */
export const POST = vendorRoute("files.upload", async (req, { ctx }) => {
  const file = await uploadVendorFile(ctx, uploadInputOf(req));
  return NextResponse.json({ file }, { status: 201 });
});
