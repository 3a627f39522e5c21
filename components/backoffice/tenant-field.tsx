/** Tenant-scoped actions read the URL's tenant from this field (see vendorAction). */
export function TenantField({ slug }: { slug: string }) {
  return <input type="hidden" name="tenant" value={slug} />;
}
