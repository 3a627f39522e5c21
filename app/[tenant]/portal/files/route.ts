import { NextResponse } from "next/server";
import { partnerRoute } from "@/lib/auth/wrappers";
import { uploadInputOf } from "@/lib/files/http";
import { uploadPartnerFile } from "@/lib/files/service";

/** Upload from the portal: always a file of the session's own partner. */
export const POST = partnerRoute("partnerFiles.upload", async (req, { ctx }) => {
  const file = await uploadPartnerFile(ctx, uploadInputOf(req));
  return NextResponse.json({ file }, { status: 201 });
});
