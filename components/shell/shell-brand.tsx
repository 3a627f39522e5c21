import type { TenantInfo } from "@/lib/auth/context";
import { brandColors } from "@/lib/branding/colors";
import { logoPath } from "@/lib/branding/service";
import { cn } from "@/components/ui/cn";
import type { ShellBrand } from "./types";

/**
 * What the frame needs of a workspace's brand, from the tenant fields every request's
 * context carries (loaded with the session): the layouts need no query of their own.
 */
export function contextShellBrand(tenant: Pick<TenantInfo, "slug" | "brandColor" | "logoFileId">): ShellBrand {
  const colors = brandColors(tenant.brandColor ?? null);
  return {
    logoPath: tenant.logoFileId ? logoPath(tenant.slug, tenant.logoFileId) : null,
    background: colors.background,
    text: colors.text,
  };
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
