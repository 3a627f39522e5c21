import { vendorRoute } from "@/lib/auth/wrappers";
import { unitCertificatePdf } from "@/lib/warranties/certificate";
import { certificateResponse } from "@/lib/warranties/templates";

/** A registered unit's certificate, as its end customer receives it. */
export const GET = vendorRoute("warranties.read", async (_req, { ctx, params }) => certificateResponse(await unitCertificatePdf(ctx, params.unitId ?? "")));
