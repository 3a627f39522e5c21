/** A list's filters and sort as the query of its CSV export, so the file holds the rows on screen. */
export function exportQueryOf(query: { sort: { id: string; desc: boolean } } & Record<string, unknown>, filters: readonly string[]): string {
  const params = new URLSearchParams();
  for (const key of filters) {
    const value = query[key];
    if (typeof value === "string" && value) params.set(key, value);
  }
  params.set("sort", `${query.sort.desc ? "-" : ""}${query.sort.id}`);
  return params.toString();
}
