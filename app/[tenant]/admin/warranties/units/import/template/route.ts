import { vendorRoute } from "@/lib/auth/wrappers";
import { csvTemplateResponse, UNIT_IMPORT_TEMPLATE } from "@/lib/warranties/templates";

/** An empty units file with the accepted headers and one example row. */
export const GET = vendorRoute("warranties.manage", async () => csvTemplateResponse(UNIT_IMPORT_TEMPLATE, "warranty-units-template.csv"));
