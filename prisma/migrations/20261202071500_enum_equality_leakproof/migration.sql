-- Row-level security keeps a query's own conditions from running before the policies
-- unless their operators are LEAKPROOF (they could otherwise reveal rows the policies
-- hide, through an error or a side effect). Equality of enums is not marked so by
-- PostgreSQL, so under RLS `status = 'DELIVERED'` could not be an index condition: a
-- partner's order list filtered by status read every order of the partner (15,800 for
-- the largest of `npm run bench -- orders`) and counted them, ~24 ms of PostgreSQL CPU a
-- page instead of ~1 ms. enum_eq and enum_ne compare two enum values' OIDs and raise no
-- error for any input: they leak nothing. Only a superuser may mark a function
-- LEAKPROOF; a database owned otherwise keeps the slower plans (same results).
DO $$
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    ALTER FUNCTION enum_eq(anyenum, anyenum) LEAKPROOF;
    ALTER FUNCTION enum_ne(anyenum, anyenum) LEAKPROOF;
  END IF;
END
$$;
