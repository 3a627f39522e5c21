-- AlterTable
ALTER TABLE "StockItem" ADD COLUMN     "allocated" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "onHand" INTEGER NOT NULL DEFAULT 0;

-- A stock item's balance is the sum of its movements, kept here so that allocation reads one
-- locked row instead of summing a ledger that only grows. The database keeps it, in the
-- statement that inserts the movements, so no writer (a service, seed:large's SQL) can
-- forget it; the movements stay the append-only truth.

-- Backfill from the ledger.
UPDATE "StockItem" s
   SET "onHand" = b.on_hand, "allocated" = b.allocated
  FROM (SELECT "tenantId", "stockItemId",
               sum(CASE kind WHEN 'RECEIPT' THEN quantity WHEN 'ADJUSTMENT' THEN quantity WHEN 'SHIPMENT' THEN -quantity ELSE 0 END)::int AS on_hand,
               sum(CASE kind WHEN 'ALLOCATION' THEN quantity WHEN 'DEALLOCATION' THEN -quantity WHEN 'SHIPMENT' THEN -quantity ELSE 0 END)::int AS allocated
          FROM "InventoryMovement" GROUP BY 1, 2) b
 WHERE s."tenantId" = b."tenantId" AND s.id = b."stockItemId";

-- Nothing is ever allocated that is not on hand, whoever writes the movements.
ALTER TABLE "StockItem" ADD CONSTRAINT "StockItem_balance_check" CHECK ("allocated" >= 0 AND "allocated" <= "onHand");

-- One statement-level trigger: the inserted movements are added up per stock item and applied
-- in one UPDATE. The items are locked in id order first (what the services do), so two
-- writers cannot deadlock; an item the inserting session cannot update (row-level security)
-- would leave the balance behind, so it raises instead.
CREATE FUNCTION stock_item_apply_movements() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  expected int;
  applied int;
BEGIN
  PERFORM 1 FROM "StockItem" s
    WHERE (s."tenantId", s.id) IN (SELECT "tenantId", "stockItemId" FROM new_movements)
    ORDER BY s.id FOR UPDATE;
  SELECT count(DISTINCT ("tenantId", "stockItemId")) INTO expected FROM new_movements;
  UPDATE "StockItem" s
     SET "onHand" = s."onHand" + d.on_hand, "allocated" = s."allocated" + d.allocated
    FROM (SELECT "tenantId", "stockItemId",
                 sum(CASE kind WHEN 'RECEIPT' THEN quantity WHEN 'ADJUSTMENT' THEN quantity WHEN 'SHIPMENT' THEN -quantity ELSE 0 END)::int AS on_hand,
                 sum(CASE kind WHEN 'ALLOCATION' THEN quantity WHEN 'DEALLOCATION' THEN -quantity WHEN 'SHIPMENT' THEN -quantity ELSE 0 END)::int AS allocated
            FROM new_movements GROUP BY 1, 2) d
   WHERE s."tenantId" = d."tenantId" AND s.id = d."stockItemId";
  GET DIAGNOSTICS applied = ROW_COUNT;
  IF applied <> expected THEN
    RAISE EXCEPTION 'stock balance: % of % stock items updated', applied, expected;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER stock_item_apply_movements AFTER INSERT ON "InventoryMovement"
  REFERENCING NEW TABLE AS new_movements FOR EACH STATEMENT EXECUTE FUNCTION stock_item_apply_movements();
-- ALWAYS: also under session_replication_role = replica (seed:large skips foreign-key checks that way)
ALTER TABLE "InventoryMovement" ENABLE ALWAYS TRIGGER stock_item_apply_movements;
