import { readFileSync } from "node:fs";
import path from "node:path";
import { authorize, systemCtx, type VendorCtx } from "@/lib/auth/context";
import { updateBrand } from "@/lib/branding/service";
import { uploadSystemFile } from "@/lib/files/service";

/** Where the demo logos live (drawn by scripts/assets/make-seed-logos.ts, committed). */
const ASSETS = path.join(process.cwd(), "prisma", "seed-assets");

/** Gives a demo tenant its logo and colour the way an admin would: upload, then save the brand. */
export async function seedBrand(ctx: VendorCtx, brand: { logo: string; color: string }): Promise<void> {
  authorize(ctx, "tenant.manage");
  const bytes = readFileSync(path.join(ASSETS, brand.logo));
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
  const logo = await uploadSystemFile(systemCtx(ctx.tenantId), {
    purpose: "tenant.logo",
    name: brand.logo,
    declaredSize: bytes.length,
    body,
  });
  await updateBrand(ctx, { brandColor: brand.color, logoFileId: logo.id });
}
