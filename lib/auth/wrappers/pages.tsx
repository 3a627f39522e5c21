import "server-only";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { sanitizeParams } from "@/lib/http/sanitize";
import { can, type PartnerCtx, type UserCtx, type VendorCtx } from "../context";
import type { PartnerPermission, UserPermission, VendorPermission } from "../permissions";
import { loadPartnerCtx, loadVendorCtx, requireUserCtx } from "../session";

export type SearchParams = Record<string, string | string[] | undefined>;
type RouteProps = { params: Promise<Record<string, string>>; searchParams?: Promise<SearchParams> };
type LayoutProps = { params: Promise<Record<string, string>>; children: ReactNode };
type TenantParams = { tenant: string } & Record<string, string>;

/** Where an anonymous visitor is sent: the login page, coming back here afterwards. */
async function loginRedirect(): Promise<never> {
  const path = (await headers()).get("x-canal-path") ?? "/";
  redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
}

/** Maps our expected errors to Next's 401/403/404 handling; anything else bubbles up. */
async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "UNAUTHENTICATED") return loginRedirect();
    if (error.code === "FORBIDDEN") forbidden();
    if (error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** A back-office page: vendor seat in the URL's tenant and `permission` required. */
export function vendorPage<P extends TenantParams = TenantParams>(
  permission: VendorPermission,
  render: (args: { ctx: VendorCtx; params: P; searchParams: SearchParams }) => Promise<ReactNode>,
) {
  return async function VendorPage(props: RouteProps) {
    const params = sanitizeParams(await props.params) as P;
    const searchParams = sanitizeParams((await props.searchParams) ?? {});
    return guard(async () => {
      const ctx = await loadVendorCtx(params.tenant);
      if (!can(ctx, permission)) forbidden();
      return render({ ctx, params, searchParams });
    });
  };
}

/** A partner-portal page: partner seat in the URL's tenant and `permission` required. */
export function partnerPage<P extends TenantParams = TenantParams>(
  permission: PartnerPermission,
  render: (args: { ctx: PartnerCtx; params: P; searchParams: SearchParams }) => Promise<ReactNode>,
) {
  return async function PartnerPage(props: RouteProps) {
    const params = sanitizeParams(await props.params) as P;
    const searchParams = sanitizeParams((await props.searchParams) ?? {});
    return guard(async () => {
      const ctx = await loadPartnerCtx(params.tenant);
      if (!can(ctx, permission)) forbidden();
      return render({ ctx, params, searchParams });
    });
  };
}

/** A page for any signed-in user, outside a tenant (workspace chooser). */
export function userPage(
  permission: UserPermission,
  render: (args: { ctx: UserCtx; searchParams: SearchParams }) => Promise<ReactNode>,
) {
  return async function UserPage(props: RouteProps) {
    const searchParams = sanitizeParams((await props.searchParams) ?? {});
    return guard(async () => {
      const ctx = await requireUserCtx();
      if (!can(ctx, permission)) forbidden();
      return render({ ctx, searchParams });
    });
  };
}

/** A page anyone may see. Naming it keeps "public" a deliberate choice. */
export function publicPage<P extends Record<string, string> = Record<string, string>>(
  render: (args: { params: P; searchParams: SearchParams }) => Promise<ReactNode>,
) {
  return async function PublicPage(props: RouteProps) {
    const params = sanitizeParams((await props.params) ?? {}) as P;
    const searchParams = sanitizeParams((await props.searchParams) ?? {});
    return guard(async () => render({ params, searchParams }));
  };
}

export function vendorLayout(render: (args: { ctx: VendorCtx; children: ReactNode }) => Promise<ReactNode>) {
  return async function VendorLayout(props: LayoutProps) {
    const { tenant } = await props.params;
    return guard(async () => render({ ctx: await loadVendorCtx(tenant!), children: props.children }));
  };
}

export function partnerLayout(render: (args: { ctx: PartnerCtx; children: ReactNode }) => Promise<ReactNode>) {
  return async function PartnerLayout(props: LayoutProps) {
    const { tenant } = await props.params;
    return guard(async () => render({ ctx: await loadPartnerCtx(tenant!), children: props.children }));
  };
}

export function userLayout(render: (args: { ctx: UserCtx; children: ReactNode }) => Promise<ReactNode>) {
  return async function UserLayout(props: LayoutProps) {
    return guard(async () => render({ ctx: await requireUserCtx(), children: props.children }));
  };
}
