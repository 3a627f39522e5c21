-- Search (command palette and list filters) matches typed text anywhere in names and
-- e-mail addresses: trigram indexes serve ILIKE '%text%' and ILIKE 'text%'. pg_trgm ships
-- with PostgreSQL (contrib) and is a trusted extension, so the migrating owner role may
-- create it without being superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Partner_name_trgm_idx" ON "Partner" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_name_trgm_idx" ON "User" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_email_trgm_idx" ON "User" USING GIN ("email" gin_trgm_ops);
