import type { TenantBrand } from "@/lib/branding/service";
import { cn } from "@/components/ui/cn";
import type { ShellBrand } from "./types";

/** What the frame needs of a workspace's brand. */
export function shellBrand(brand: TenantBrand): ShellBrand {
  return { logoPath: brand.logo?.path ?? null, background: brand.colors.background, text: brand.colors.text };
}

/**
 * The workspace's logo in the frame. Named by the workspace where it stands alone; empty
 * alt text where the workspace's name is written right beside it (`decorative`).
 */
export function TenantLogo({
  src,
  name,
  decorative = false,
  className,
}: {
  src: string;
  name: string;
  decorative?: boolean;
  className?: string;
}) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- the tenant's uploaded logo, served by its own route with long caching
    <img
      src={src}
      alt={decorative ? "" : name}
      className={cn("w-auto shrink-0 object-contain", className)}
      data-tenant-logo=""
    />
  );
}
