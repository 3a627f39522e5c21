-- A vendor previewing a partner's portal reads and never writes (…_partner_self_service gave
-- every table of that time these policies; the file tables came after it).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['FileObject', 'FileChunk'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE tablename = t AND policyname = 'preview_no_insert') THEN
      EXECUTE format('CREATE POLICY preview_no_insert ON %I AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview())', t);
      EXECUTE format('CREATE POLICY preview_no_update ON %I AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview())', t);
      EXECUTE format('CREATE POLICY preview_no_delete ON %I AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview())', t);
    END IF;
  END LOOP;
END $$;
