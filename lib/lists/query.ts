import { z } from "zod";
import { PAGE_SIZES } from "./page-sizes";

/**
 * Server-side list state read from the URL: `?page=2&size=50&sort=-created&hide=tier,country`
 * plus each list's own filters (`?q=…&status=…`). One parser serves the page and its CSV
 * export, so the export holds exactly the rows the user filtered. Anything malformed falls
 * back to the default (a hand-edited URL never errors).
 */
export { PAGE_SIZES };

export type ListSort<S extends string = string> = { id: S; desc: boolean };

/**
 * One page of a list as services return it. `totalCapped`: counting stopped at `total`
 * (`countLimit` of the page) and more rows match — lists that can hold hundreds of
 * thousands of rows count only that far, so a page costs the same whatever the list's size.
 */
export type ListPage<T> = { rows: T[]; total: number; page: number; pageSize: number; totalCapped?: boolean };

/**
 * How far a list counts its matching rows past the page shown: "1–25 of more than 1,000".
 * Exact below it. 1,000 and not more because the count is the one part of a page whose
 * cost grows with the list: it reads an index entry per row counted (docs/orders.md,
 * Performance (b): a partner's 15,762 orders counted to 10,000 cost 1.7–2.8 ms a statement,
 * to 1,000 0.5–1.0 ms — what 170 orders cost). Past a thousand rows a list is filtered more
 * than paged; a filter that narrows it under the cap gets the exact figure.
 */
export const COUNT_CAP = 1_000;

/**
 * Where a page's count stops: the first multiple of COUNT_CAP at or past the page's last
 * row (page 1–40 of 25 rows: 1,000; page 41: 2,000). The total a page shows is therefore
 * always past the page itself, so "Next" leads on to every row however many match, and a
 * deep page pays for its count only what its OFFSET already reads.
 */
export function countLimit(state: { page: number; pageSize: number }): number {
  return COUNT_CAP * Math.max(1, Math.ceil((state.page * state.pageSize) / COUNT_CAP));
}

/** The `take` of a page's count: one row past `countLimit`, to know whether more match. */
export const countTake = (state: { page: number; pageSize: number }): number => countLimit(state) + 1;

/** The total of a count made with `take: countTake(state)`: exact, or capped at `countLimit(state)`. */
export function cappedTotal(count: number, state: { page: number; pageSize: number }): { total: number; totalCapped?: true } {
  const limit = countLimit(state);
  return count > limit ? { total: limit, totalCapped: true } : { total: count };
}

/** What every list query carries besides its filters. */
export type ListState<S extends string> = { page: number; pageSize: number; sort: ListSort<S>; hidden: string[] };

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

/** First value of each parameter (a repeated `?status=` keeps the first), empty → absent. */
export function firstValues(params: Params): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [key, raw] of entries) {
    if (key in out) continue;
    const value = Array.isArray(raw) ? raw[0] : raw;
    out[key] = value === undefined || value.trim() === "" ? undefined : value;
  }
  return out;
}

export type ListSpec<S extends string, F extends z.ZodRawShape> = {
  /** Column ids the server can sort by (each backed by an index). */
  sorts: readonly [S, ...S[]];
  defaultSort: ListSort<NoInfer<S>>;
  /** Filter fields; each should `.optional().catch(undefined)` so bad input means "no filter". */
  filters: F;
  defaultPageSize?: (typeof PAGE_SIZES)[number];
};

export type ListQuery<S extends string, F extends z.ZodRawShape> = ListState<S> & z.infer<z.ZodObject<F>>;

/** Builds the parser of one list's URL state. */
export function defineListQuery<const S extends string, F extends z.ZodRawShape>(spec: ListSpec<S, F>) {
  const defaultSize = spec.defaultPageSize ?? 25;
  const sortSchema = z
    .string()
    .transform((value, ctx): ListSort<S> => {
      const desc = value.startsWith("-");
      const id = (desc ? value.slice(1) : value) as S;
      if (!spec.sorts.includes(id)) {
        ctx.addIssue({ code: "custom", message: "unknown sort" });
        return z.NEVER;
      }
      return { id, desc };
    })
    .catch(spec.defaultSort);
  const schema = z.object({
    page: z.coerce.number().int().min(1).max(100_000).catch(1),
    size: z.coerce
      .number()
      .refine((value) => (PAGE_SIZES as readonly number[]).includes(value))
      .catch(defaultSize),
    sort: z.optional(sortSchema).transform((value) => value ?? spec.defaultSort),
    hide: z
      .string()
      .max(500)
      .optional()
      .catch(undefined)
      .transform((value) => (value ? value.split(",").filter((id) => /^[A-Za-z0-9_]{1,40}$/.test(id)) : [])),
    ...spec.filters,
  });

  return {
    spec: { ...spec, defaultPageSize: defaultSize },
    parse(params: Params): ListQuery<S, F> {
      const { page, size, sort, hide, ...filters } = schema.parse(firstValues(params)) as Record<string, unknown> & {
        page: number;
        size: number;
        sort: ListSort<S>;
        hide: string[];
      };
      return { ...filters, page, pageSize: size, sort, hidden: hide } as ListQuery<S, F>;
    },
  };
}

/** Whether any of the list's own filters is set (decides "no match" vs "nothing yet"). */
export function hasFilters(query: object, filterKeys: readonly string[]): boolean {
  return filterKeys.some((key) => (query as Record<string, unknown>)[key] !== undefined);
}

/** The SQL skip/take of a page. */
export function pageWindow(state: { page: number; pageSize: number }) {
  return { skip: (state.page - 1) * state.pageSize, take: state.pageSize };
}

/** Prisma's sort direction of a list sort. */
export const direction = (sort: ListSort): "asc" | "desc" => (sort.desc ? "desc" : "asc");
